// This file is CommonJS (Next requires it); the server (server/index.mjs) shares the headers.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { securityHeaders } = require('./server/securityHeaders.cjs')

// One id per build, shared by Next and the service worker's caches: a new deployment is a new
// worker, which never mixes its files with the previous one's.
const buildId = process.env.ZK_BUILD_ID || `${Date.now().toString(36)}`

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm test` checks the types itself (tsc, beside ESLint) and says so here, so that the
  // build does not check them again; any other build checks them.
  typescript: { ignoreBuildErrors: process.env.ZK_TYPES_CHECKED === 'true' },
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
        headers: securityHeaders,
      },
    ]
  },
}

module.exports = nextConfig
