import { expect, test } from './fixtures'
import type { ViewMode } from './pages/ReaderPage'

// axe's colour-contrast rule checks every word of a text one by one: a full pass over the
// 1,042-word article costs seconds of CPU. So the long article gets one full pass, the matrix
// of reading settings runs on a short text (the reader renders every text alike), and a test
// that opens a popup or a dialog afterwards checks only what that changed.

test('library has no axe violations', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/en')
  await expectNoAxeViolations()
  await page.goto('/de')
  await expectNoAxeViolations()
})

test('the full article has no axe violations', async ({ reader, expectNoAxeViolations }) => {
  expect(reader.slug).toBe('alaska-gipfel')
  await reader.goto()
  await expectNoAxeViolations()
})

const modes: ViewMode[] = ['both', 'de', 'en', 'hidden']

test.describe('a short text in every reading setting', () => {
  test.use({ slug: 'samstag-markt' })

  for (const lng of ['en', 'de'] as const) {
    test.describe(`in the ${lng} interface`, () => {
      test.use({ lng })

      // Both themes on one page: the theme and the view switch without a reload.
      test('every view mode in both themes has no axe violations', async ({
        reader,
        expectNoAxeViolations,
      }) => {
        await reader.goto()
        for (const theme of ['light', 'dark'] as const) {
          await reader.setTheme(theme)
          for (const mode of modes) {
            await test.step(`${mode} view, ${theme} theme`, async () => {
              await reader.setView(mode)
              await expectNoAxeViolations()
            })
          }
        }
      })
    })
  }
})

for (const lng of ['en', 'de'] as const) {
  test.describe(`in the ${lng} interface`, () => {
    test.use({ lng })

    test('the open word popup has no axe violations', async ({
      reader,
      page,
      expectNoAxeViolations,
    }) => {
      await reader.goto()
      await reader.setTheme('dark')
      // A phrase and a separable verb: the popup at its fullest, partners highlighted.
      await reader.wordInPair(16, 'urteilen').hover()
      await expect(reader.popup).toBeVisible()
      await expect(reader.wordInPair(16, 'nach')).toHaveClass(/w-partner/)
      await expectNoAxeViolations({ include: reader.popupRegion })
      await reader.german(1).locator('.w').first().focus()
      await page.keyboard.press('Enter')
      await expect(reader.popup.getByRole('button').first()).toBeFocused()
      await expectNoAxeViolations({ include: reader.popupRegion })
    })
  })
}

test.describe('dialogs over a short text', () => {
  test.use({ slug: 'samstag-markt' })

  test('the shortcuts dialog has no axe violations', async ({
    reader,
    page,
    expectNoAxeViolations,
  }) => {
    await reader.goto()
    await page.keyboard.press('?')
    await expect(reader.shortcutsDialog).toBeVisible()
    await expectNoAxeViolations({ include: ['.shortcuts-dialog'] })
  })
})

test('the 404 page has no axe violations', async ({ page, expectNoAxeViolations }) => {
  await page.goto('/de/read/no-such-text')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoAxeViolations()
})
