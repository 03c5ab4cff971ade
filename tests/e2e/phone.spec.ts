import { expect, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

test('on a phone each English block sits directly under its German one', async ({
  reader,
  page,
}) => {
  await reader.goto()
  for (const number of [1, 2, 8, 16]) {
    const de = (await reader.german(number).boundingBox())!
    const en = (await reader.english(number).boundingBox())!
    expect(en.y, `pair ${number}`).toBeGreaterThanOrEqual(de.y + de.height - 1)
    expect(Math.abs(en.x - de.x)).toBeLessThanOrEqual(4)
    const next = (await reader.german(number + 1).boundingBox())!
    expect(next.y).toBeGreaterThanOrEqual(en.y + en.height - 1)
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the reading settings fold away, so the text begins on the first screen', async ({
  reader,
  page,
}) => {
  await reader.goto()
  await expect(reader.viewRadio('both')).toBeHidden()
  const viewport = page.viewportSize()!
  const first = (await reader.german(1).boundingBox())!
  expect(first.y).toBeLessThan(viewport.height)
  await reader.settingsToggle.tap()
  await expect(reader.settingsToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(reader.viewRadio('both')).toBeVisible()
  await reader.settingsToggle.tap()
  await expect(reader.viewRadio('both')).toBeHidden()
})

test('a tap uncovers a hidden translation', async ({ reader }) => {
  await reader.goto()
  await reader.settingsToggle.tap()
  await reader.viewRadio('hidden').tap()
  await expect(reader.englishText(3)).toBeHidden()
  await reader.revealButton(3).tap()
  await expect(reader.englishText(3)).toBeVisible()
})

test('no horizontal scrolling at 320 px with the largest text', async ({ reader, page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await reader.goto()
  await reader.settingsToggle.tap()
  await reader.textSize('larger').tap()
  await reader.textSize('larger').tap()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xl')
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})
