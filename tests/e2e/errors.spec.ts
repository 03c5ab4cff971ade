import { expect, test, type Page } from './fixtures'

// This spec makes a component throw on purpose: an uncaught error in the page is expected.
test.use({ allowPageErrors: true })

/**
 * Fault injection from outside the app: the array method throws when called on an array
 * whose items are `items`, so the component that renders that list fails in the browser.
 */
async function throwWhenListing(page: Page, method: 'map' | 'find', items: string[]) {
  await page.addInitScript(
    ([name, marker]) => {
      const original = Array.prototype[name] as (...args: unknown[]) => unknown
      Object.defineProperty(Array.prototype, name, {
        configurable: true,
        writable: true,
        value: function (this: unknown[], ...args: unknown[]) {
          if (this.join() === marker) throw new Error('injected render error')
          return original.apply(this, args)
        },
      })
    },
    [method, items.join()] as const,
  )
}

for (const lng of ['en', 'de'] as const) {
  test(`a component that throws shows a message and a way back (${lng})`, async ({ page }) => {
    // Listing the view modes throws, so the reading toolbar fails while it renders.
    await throwWhenListing(page, 'map', ['both', 'de', 'en', 'hidden', 'sentences'])
    await page.goto(`/${lng}/read/alaska-gipfel`)
    const title = lng === 'en' ? 'Something went wrong' : 'Etwas ist schiefgegangen'
    // Next's route announcer is an alert too: pick ours by its heading.
    const alert = page
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: title }) })
    await expect(alert).toBeVisible()
    // The site header still works, and the way back leads to a working library.
    await expect(page.getByRole('banner')).toBeVisible()
    await alert
      .getByRole('link', { name: lng === 'en' ? 'Go to the library' : 'Zur Bibliothek' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/${lng}$`))
  })
}

test('a failing layout falls back to the document-level error page', async ({ page }) => {
  // The language switch in the header (part of the layout) fails while it renders.
  await throwWhenListing(page, 'find', ['en', 'de'])
  await page.goto('/de')
  const alert = page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: 'Etwas ist schiefgegangen' }) })
  await expect(alert).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  // The whole layout was replaced, header included: this is the document-level boundary.
  await expect(page.getByRole('banner')).toHaveCount(0)
  await expect(alert.getByRole('button', { name: 'Noch einmal versuchen' })).toBeVisible()
})
