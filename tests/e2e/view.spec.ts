import { expect, test } from './fixtures'

test('German only and English only show one language in one column', async ({ reader }) => {
  await reader.goto()
  await reader.setView('de')
  await expect(reader.german(2)).toBeVisible()
  await expect(reader.english(2)).toBeHidden()
  await reader.setView('en')
  await expect(reader.english(2)).toBeVisible()
  await expect(reader.german(2)).toBeHidden()
  await expect(reader.english(2)).toContainText('song and dance')
  await reader.setView('both')
  await expect(reader.german(2)).toBeVisible()
  await expect(reader.english(2)).toBeVisible()
})

test('translation hidden: each block is uncovered by click, by Enter, or all at once', async ({
  reader,
  page,
}) => {
  await reader.goto()
  await reader.setView('hidden')
  await expect(reader.englishText(2)).toBeHidden()
  await expect(reader.revealButton(2)).toHaveText('Show translation')
  await expect(reader.revealButton(2)).toHaveAttribute('aria-expanded', 'false')

  await reader.revealButton(2).click()
  await expect(reader.englishText(2)).toBeVisible()
  await expect(reader.englishText(2)).toBeFocused()
  await expect(reader.englishText(3)).toBeHidden()

  await reader.revealButton(3).focus()
  await page.keyboard.press('Enter')
  await expect(reader.englishText(3)).toBeVisible()
  await expect(reader.english(3).getByRole('button', { includeHidden: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  )

  await page.getByRole('button', { name: 'Reveal all' }).click()
  for (const number of [1, 5, 16, 17]) await expect(reader.englishText(number)).toBeVisible()
})

test('swap puts English on the left and keeps pairs aligned', async ({ reader }) => {
  await reader.goto()
  await reader.swapButton.click()
  await expect(reader.swapButton).toHaveAttribute('aria-pressed', 'true')
  const de = (await reader.german(6).boundingBox())!
  const en = (await reader.english(6).boundingBox())!
  expect(en.x).toBeLessThan(de.x)
  expect(Math.abs(en.y - de.y)).toBeLessThanOrEqual(1)
})

test('settings persist across reloads and pages and apply before any script of the app runs', async ({
  reader,
  page,
}) => {
  await reader.goto()
  await reader.setView('hidden')
  await reader.swapButton.click()
  await reader.textSize('larger').click()
  await reader.setTheme('dark')

  // Block the app's JavaScript: what the reader sees now comes from HTML, CSS and the
  // inline head script alone, so nothing can flash from the default layout.
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort())
  await page.reload()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-view', 'hidden')
  await expect(html).toHaveAttribute('data-swap', 'true')
  await expect(html).toHaveAttribute('data-text-size', 'l')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(reader.englishText(2)).toBeHidden()
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(23, 25, 28)')

  await page.unroute('**/_next/static/chunks/*.js')
  await page.goto('/en')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await reader.goto()
  await expect(reader.viewRadio('hidden')).toBeChecked()
  await expect(reader.swapButton).toHaveAttribute('aria-pressed', 'true')
})

test('corrupted stored settings fall back to the defaults', async ({ reader, page }) => {
  await page.addInitScript(() => localStorage.setItem('zweiklang:prefs', '{"view":"sideways",'))
  await reader.goto()
  await expect(page.locator('html')).toHaveAttribute('data-view', 'both')
  await expect(reader.viewRadio('both')).toBeChecked()
})

test('text size buttons change the reading size', async ({ reader }) => {
  await reader.goto()
  const size = () =>
    reader.german(1).evaluate((node) => parseFloat(getComputedStyle(node).fontSize))
  const before = await size()
  await reader.textSize('larger').click()
  await expect.poll(size).toBeGreaterThan(before)
  await reader.textSize('smaller').click()
  await reader.textSize('smaller').click()
  await expect.poll(size).toBeLessThan(before)
})

test.describe('keyboard shortcuts', () => {
  test('single keys switch the view, ? lists them', async ({ reader, page }) => {
    await reader.goto()
    await page.keyboard.press('d')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'de')
    await page.keyboard.press('e')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'en')
    await page.keyboard.press('b')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'both')
    await page.keyboard.press('x')
    await expect(page.locator('html')).toHaveAttribute('data-swap', 'true')
    await page.keyboard.press('h')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'hidden')
    await page.keyboard.press('r')
    await expect(reader.englishText(4)).toBeVisible()

    await page.keyboard.press('?')
    const dialog = reader.shortcutsDialog
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('definition').first()).toHaveText('Show both languages')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('are ignored while typing and can be turned off', async ({ reader, page }) => {
    await reader.goto()
    await reader.themeSelect.focus()
    await page.keyboard.press('d')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'both')

    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    const dialog = reader.shortcutsDialog
    await dialog.getByRole('checkbox', { name: 'Single-key shortcuts on' }).uncheck()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await reader.german(1).locator('.w').first().focus()
    await page.keyboard.press('d')
    await page.keyboard.press('?')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'both')
    await expect(dialog).toBeHidden()

    await page.reload()
    await page.keyboard.press('d')
    await expect(page.locator('html')).toHaveAttribute('data-view', 'both')
  })
})
