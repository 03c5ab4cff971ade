// Makes docs/screenshot.png: the reader on a laptop-sized window, a word's popup open.
// Usage: npm run build && npm run screenshot
import { launchChromium, startServer } from './lib/browser.mjs'

const server = await startServer(3298)
try {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${server.origin}/en/read/alaska-gipfel`, { waitUntil: 'networkidle' })
  // A separable verb: the popup, and both of its parts highlighted.
  await page.evaluate(() =>
    document.querySelector('.block.de[data-pair="9"]').scrollIntoView({ block: 'center' }),
  )
  await page
    .locator('.block.de[data-pair="9"] .w', { hasText: /^stellt$/ })
    .first()
    .hover()
  await page.locator('#word-popup').waitFor({ state: 'visible' })
  await page.screenshot({ path: 'docs/screenshot.png' })
  await browser.close()
  console.log('wrote docs/screenshot.png')
} finally {
  server.stop()
}
