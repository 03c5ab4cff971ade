// Draws the app icons (public/icons/*.png) from public/icons/icon.svg with Chromium, so the
// PNGs the manifest needs come from the one drawing. Usage: node scripts/icons.mjs
import { readFileSync } from 'node:fs'
import { launchChromium } from './lib/browser.mjs'

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8')
const browser = await launchChromium()
const page = await browser.newPage()
// A maskable icon keeps its drawing inside the middle 80 %: launchers cut the rest to a shape.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, inset: 0.1, background: '#1f5fa8' },
]
for (const { file, size, inset, background } of icons) {
  await page.setViewportSize({ width: size, height: size })
  const pad = size * inset
  await page.setContent(
    `<body style="margin:0;background:${background}"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`,
  )
  await page.screenshot({
    path: new URL(`../public/icons/${file}`, import.meta.url).pathname,
    omitBackground: background === 'transparent',
  })
}
await browser.close()
