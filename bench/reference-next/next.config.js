// The bench's reference page: the reader's stack (Next 16 App Router, React 19, i18next) with
// nothing of the reader's own. `npm run bench` builds it into its own directory and serves it
// beside the app, so that the reader's figures can be read as ratios to it.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: process.env.ZK_REFERENCE_DIST_DIR || '.next-reference',
}

module.exports = nextConfig
