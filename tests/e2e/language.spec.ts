import { expect, test } from './fixtures'

test('the language switch keeps the page and query, and updates lang, title and description', async ({
  page,
  context,
}) => {
  await page.goto('/en/read/alaska-gipfel?from=test')
  await expect(page).toHaveTitle(
    'Red carpet in Alaska, but no deal between Trump and Putin · Zweiklang',
  )
  await expect(page.getByRole('radio', { name: 'Both', exact: true })).toBeEnabled()

  await page.getByRole('link', { name: /Interface language/ }).click()
  await expect(page).toHaveURL(/\/de\/read\/alaska-gipfel\?from=test$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page).toHaveTitle('Gipfel in Alaska: Roter Teppich, aber kein Deal · Zweiklang')
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /ein deutscher Text neben seiner englischen Übersetzung/,
  )
  await expect(page.getByRole('radio', { name: 'Nur Deutsch' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Seiten tauschen' })).toBeVisible()

  const cookies = await context.cookies()
  expect(cookies.find((cookie) => cookie.name === 'zk-lng')?.value).toBe('de')
  await page.goto('/')
  await expect(page).toHaveURL(/\/de$/)

  await page.getByRole('link', { name: /Sprache der Oberfläche/ }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library')
})
