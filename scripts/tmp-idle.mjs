import { launchChromium, startServer } from './lib/browser.mjs'
const server = await startServer(3902)
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  const pending = new Map()
  page.on('request', (r) => pending.set(r, Date.now()))
  page.on('requestfinished', (r) => pending.delete(r))
  page.on('requestfailed', (r) => pending.delete(r))
  await page.goto(`${server.origin}/en/read/alaska-gipfel`, { waitUntil: 'load' })
  await page.waitForTimeout(4000)
  for (const [r, t] of pending) console.log('PENDING', r.url(), r.resourceType())
} finally {
  await browser.close()
  server.stop()
}
