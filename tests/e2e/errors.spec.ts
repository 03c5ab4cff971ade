import { expect, test as base } from '@playwright/test'

// This spec makes a component throw on purpose, so it does not use the fixture that fails
// a test on any page error.
const test = base

for (const lng of ['en', 'de'] as const) {
  test(`a component that throws shows a message and a way back (${lng})`, async ({ page }) => {
    // Fault injection from outside the app: listing the view modes throws, so the reading
    // toolbar fails while it renders in the browser.
    await page.addInitScript(() => {
      const map = Array.prototype.map
      Object.defineProperty(Array.prototype, 'map', {
        configurable: true,
        writable: true,
        value: function (this: unknown[], ...args: Parameters<typeof map>) {
          if (this.join() === 'both,de,en,hidden') throw new Error('injected render error')
          return map.apply(this, args)
        },
      })
    })
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
