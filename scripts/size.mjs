// First-load JavaScript of pages as the browser loads it: every script response, gzip-sized.
// Usage: npm run build && npm run size [-- /en/read/alaska-gipfel …]
import { gzipSync } from 'node:zlib'
import { launchChromium, startServer } from './lib/browser.mjs'

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/en', '/en/read/alaska-gipfel']
const server = await startServer(3290)
try {
  const browser = await launchChromium()
  for (const path of paths) {
    const page = await browser.newPage()
    const sizes = []
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length))
    })
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' })
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
    console.log(`${path}: ${(total / 1024).toFixed(1)} KB gzip in ${sizes.length} scripts`)
    await page.close()
  }
  await browser.close()
} finally {
  server.stop()
}
