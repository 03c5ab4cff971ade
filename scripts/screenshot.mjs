// Makes docs/screenshot.png: the reader on a laptop-sized window.
// Usage: npm run build && npm run screenshot
import { launchChromium, startServer } from './lib/browser.mjs'

const server = await startServer(3291)
try {
  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${server.origin}/en/read/alaska-gipfel`, { waitUntil: 'networkidle' })
  await page.locator('.block.de[data-pair="2"]').hover()
  await page.screenshot({ path: 'docs/screenshot.png' })
  await browser.close()
  console.log('wrote docs/screenshot.png')
} finally {
  server.stop()
}
