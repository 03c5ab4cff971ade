// Security headers for every route. Static pages need 'unsafe-inline' for Next's inline
// scripts; hashes would make browsers ignore it, and nonces would force dynamic rendering.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

// Everything the app does not use is denied.
const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

// One id per build, shared by Next and the service worker's caches: a new deployment is a new
// worker, which never mixes its files with the previous one's.
const buildId = process.env.ZK_BUILD_ID || `${Date.now().toString(36)}`

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build for the update test goes to its own directory, next to the one in use.
  distDir: process.env.ZK_DIST_DIR || '.next',
  generateBuildId: () => buildId,
  // The sync store's database drivers load their own files (PGlite its WebAssembly) at run
  // time: they stay Node packages, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  env: { ZK_BUILD_ID: buildId },
  // Every imported text is read on one static page, and every book on another, which find
  // the text by the address (proxy.ts has already answered 404 for an unknown language or a
  // malformed id).
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/:lng/mine/:id', destination: '/:lng/mine' },
        { source: '/:lng/book/:id', destination: '/:lng/book' },
      ],
    }
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: permissionsPolicy },
        ],
      },
    ]
  },
}

module.exports = nextConfig
