// First-load JavaScript of pages as the browser loads it: every script response, gzip-sized.
// Usage: npm run build && npm run size [-- /en/read/alaska-gipfel …]
import { launchChromium, meterScripts, startServer } from './lib/browser.mjs'

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/en', '/en/read/alaska-gipfel']
const server = await startServer(3290)
try {
  const browser = await launchChromium()
  for (const path of paths) {
    const page = await browser.newPage()
    const scripts = meterScripts(page)
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' })
    const { count, kb, laterCount, laterKb } = await scripts()
    console.log(
      `${path}: ${kb.toFixed(1)} KB gzip in ${count} scripts before load; ` +
        `${laterKb.toFixed(1)} KB in ${laterCount} loaded when idle`,
    )
    await page.close()
  }
  await browser.close()
} finally {
  server.stop()
}
