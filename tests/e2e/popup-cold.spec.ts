import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { ImportPage } from './pages/ImportPage'
import { ImportedReaderPage } from './pages/ImportedReaderPage'
import { ReaderPage } from './pages/ReaderPage'

// The learning module (Save / Known / Ignore, speech) loads when the page is idle. A popup
// opened before it arrives must get its buttons when it does, not only at the next opening.

// Only the learning module's chunk sets this data attribute; minifying keeps property names.
const LEARNING_CHUNK_MARK = 'statusReady'

// Page routes do not see what a service worker answers: without one, every chunk is fetched.
test.use({ serviceWorkers: 'block' })

/**
 * Holds back the script chunk of the learning module: `requested` resolves once the page has
 * asked for it (so the popup is attached and the page idle), `release` lets it through.
 */
async function holdLearningCode(page: Page) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let requested = () => {}
  const asked = new Promise<void>((resolve) => (requested = resolve))
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    if (body.includes(LEARNING_CHUNK_MARK)) {
      requested()
      await released
    }
    await route.fulfill({ response, body })
  })
  return { requested: asked, release }
}

test.describe('a popup open before the learning code arrives', () => {
  test('gets Save, Known and Ignore when it arrives, under a resting pointer', async ({ page }) => {
    const reader = new ReaderPage(page)
    const learning = await holdLearningCode(page)
    await page.goto('/en/read/alaska-gipfel')
    await learning.requested
    await reader.word('Gipfel').hover()
    await expect(reader.popup).toContainText('summit')
    await expect(reader.popup.getByRole('group')).toHaveCount(0)

    learning.release()
    await reader.learningReady()
    // The pointer has not moved: the popup that is open gets the buttons.
    for (const action of ['save', 'known', 'ignore'] as const) {
      await expect(reader.statusButton('der Gipfel', action)).toBeVisible()
    }
    await expect(reader.statusButton('der Gipfel', 'save')).toHaveAttribute('aria-pressed', 'false')
    await reader.statusButton('der Gipfel', 'save').click()
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
  })

  test('keeps keyboard focus on the control it was on', async ({ page }) => {
    const reader = new ReaderPage(page)
    const learning = await holdLearningCode(page)
    await page.goto('/en/read/alaska-gipfel')
    await learning.requested
    await reader.popupReady()
    await reader.german(1).locator('.w').first().focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const gipfel = reader.german(1).locator('.w').nth(2)
    await expect(gipfel).toBeFocused()
    await expect(gipfel).toHaveText('Gipfel')
    await page.keyboard.press('Enter')
    const close = reader.popup.getByRole('button', { name: 'Close', exact: true })
    await expect(close).toBeFocused()

    learning.release()
    await expect(reader.statusButton('der Gipfel', 'save')).toBeVisible()
    await expect(close).toBeFocused()
    await expect(gipfel).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
    await expect(gipfel).toBeFocused()
  })

  test('in an imported text, keeps the gloss correction and adds the status buttons', async ({
    page,
  }) => {
    // Stored as a reader would, then opened cold at its address.
    const importPage = new ImportPage(page)
    await importPage.goto()
    await importPage.fill('# Beim Imker\n\nDer Imker schleudert im Sommer den Honig.', '')
    await importPage.submit.click()
    await expect(page).toHaveURL(/\/en\/mine\/[0-9a-f-]{36}$/u)
    const imported = new ImportedReaderPage(page, 'en', page.url().split('/').pop())
    const learning = await holdLearningCode(page)
    await page.goto(`/en/mine/${imported.id}`)
    await learning.requested
    await imported.wordInPair(2, 'Imker').hover()
    await expect(imported.popup).toContainText('beekeeper')
    await expect(imported.correctButton('der Imker')).toBeVisible()
    await expect(imported.popup.getByRole('group')).toHaveCount(0)

    learning.release()
    await imported.learningReady()
    for (const action of ['save', 'known', 'ignore'] as const) {
      await expect(imported.statusButton('der Imker', action)).toBeVisible()
    }
    await expect(imported.correctButton('der Imker')).toBeVisible()
  })
})
