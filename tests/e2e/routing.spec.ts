import { expect, test } from './fixtures'

test.describe('redirect from /', () => {
  test('follows Accept-Language when there is no cookie', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/de$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothek')
    await context.close()
  })

  test('falls back to English for other languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })

  test('prefers the cookie over Accept-Language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'de-DE' })
    await context.addCookies([{ name: 'zk-lng', value: 'en', url: baseURL }])
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })
})

test.describe('404', () => {
  for (const [path, title] of [
    ['/en/read/no-such-text', 'Page not found'],
    ['/de/read/no-such-text', 'Seite nicht gefunden'],
    ['/de/no/such/page', 'Seite nicht gefunden'],
    ['/xx', 'Page not found'],
    ['/xx/read/alaska-gipfel', 'Page not found'],
  ] as const) {
    test(`${path} answers 404 with a page in the interface language`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.getByRole('link', { name: /library|Bibliothek/ }).last()).toBeVisible()
    })
  }
})
