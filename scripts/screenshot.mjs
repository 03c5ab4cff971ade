// Makes docs/screenshot.png: the reader on a laptop-sized window, a word's popup open; and
// docs/sentence-view-phone.png: the sentence-by-sentence view on a phone.
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
  console.log('wrote docs/screenshot.png')

  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  })
  await phone.addInitScript(() =>
    localStorage.setItem('zweiklang:prefs', JSON.stringify({ view: 'sentences' })),
  )
  await phone.goto(`${server.origin}/en/read/alaska-gipfel`, { waitUntil: 'networkidle' })
  const rows = phone.locator('.sentence-view .sv-link')
  await rows.first().waitFor({ state: 'visible' })
  // The words' status marks are there once the learning code has run.
  await phone.locator('#reader[data-status-ready]').waitFor({ state: 'attached' })
  await phone.evaluate(() => document.querySelector('.reader-hint').scrollIntoView())
  await phone.screenshot({ path: 'docs/sentence-view-phone.png' })
  console.log('wrote docs/sentence-view-phone.png')
  await browser.close()
} finally {
  server.stop()
}
