import { expect, test } from './fixtures'

test('the library lists the seed article with both titles, level, words and reading time', async ({
  page,
}) => {
  await page.goto('/en')
  const card = page.getByRole('article').filter({ hasText: 'Gipfel in Alaska' })
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(
    'Gipfel in Alaska: Roter Teppich, aber kein Deal',
  )
  await expect(
    card.getByText('Red carpet in Alaska, but no deal between Trump and Putin'),
  ).toHaveAttribute('lang', 'en')
  await expect(card.getByText('Level B2')).toBeVisible()
  await expect(card.getByText(/^\d{3,4} words$/)).toBeVisible()
  await expect(card.getByText(/^\d+ min read$/)).toBeVisible()

  await card.getByRole('link').click()
  await expect(page).toHaveURL(/\/en\/read\/alaska-gipfel$/)
})

test('the German library formats numbers the German way', async ({ page }) => {
  await page.goto('/de')
  const card = page.getByRole('article').filter({ hasText: 'Gipfel in Alaska' })
  await expect(card.getByText('Niveau B2')).toBeVisible()
  await expect(card.getByText(/^\d{3,4} Wörter$/)).toBeVisible()
  await expect(card.getByText(/^\d+ Min\. Lesezeit$/)).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the whole text is readable', async ({ page }) => {
    await page.goto('/en/read/alaska-gipfel')
    await expect(page.locator('.block.de[data-pair="1"]')).toContainText(
      'Der russisch-amerikanische Gipfel in Alaska ist historisch',
    )
    await expect(page.locator('.block.en[data-pair="16"]')).toBeVisible()
    await expect(page.locator('.block.de[data-pair="17"]')).toContainText('Haftungsausschluss')
  })
})
