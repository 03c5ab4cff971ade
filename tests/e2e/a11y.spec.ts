import { expect, test } from './fixtures'
import type { ViewMode } from './pages/ReaderPage'

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
