import { expect, test } from './fixtures'
import { ReaderPage, type ViewMode } from './pages/ReaderPage'

test('library has no axe violations', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/en')
  await expectNoAxeViolations()
  await page.goto('/de')
  await expectNoAxeViolations()
})

for (const theme of ['light', 'dark'] as const) {
  for (const mode of ['both', 'de', 'en', 'hidden'] as ViewMode[]) {
    test(`reader in ${mode} view, ${theme} theme, has no axe violations`, async ({
      reader,
      page,
      expectNoAxeViolations,
    }) => {
      await reader.goto()
      await page.getByLabel('Theme').selectOption(theme)
      await reader.setView(mode)
      await expectNoAxeViolations()
    })
  }
}

for (const lng of ['en', 'de'] as const) {
  test(`the open word popup (${lng}) has no axe violations`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    const reader = new ReaderPage(page, lng)
    await reader.goto()
    await page
      .getByLabel(lng === 'en' ? 'Theme' : 'Farbschema', { exact: true })
      .selectOption('dark')
    // A phrase and a separable verb: the popup at its fullest, partners highlighted.
    await reader.wordInPair(16, 'urteilen').hover()
    await expect(reader.popup).toBeVisible()
    await expectNoAxeViolations()
    await reader.german(1).locator('.w').first().focus()
    await page.keyboard.press('Enter')
    await expect(reader.popup.getByRole('button').first()).toBeFocused()
    await expectNoAxeViolations()
  })
}

test('the shortcuts dialog has no axe violations', async ({
  reader,
  page,
  expectNoAxeViolations,
}) => {
  await reader.goto()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations()
})

test('the 404 page has no axe violations', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/de/read/no-such-text')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations()
})
