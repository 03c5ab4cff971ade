import { expect, test } from './fixtures'

test('each German block and its English counterpart start on the same line', async ({ reader }) => {
  await reader.goto()
  const numbers = await reader.pairNumbers
  expect(numbers).toEqual(Array.from({ length: 17 }, (_, index) => index + 1))
  for (const number of numbers) {
    const deTop = await reader.top(reader.german(number))
    const enTop = await reader.top(reader.english(number))
    expect(Math.abs(deTop - enTop), `pair ${number}`).toBeLessThanOrEqual(1)
  }
  const deBox = await reader.german(2).boundingBox()
  const enBox = await reader.english(2).boundingBox()
  expect(enBox!.x).toBeGreaterThan(deBox!.x + deBox!.width - 1)
})

test('languages are marked, headings and the note are where the source has them', async ({
  reader,
  page,
}) => {
  await reader.goto()
  await expect(reader.german(1)).toHaveAttribute('lang', 'de')
  await expect(reader.english(1)).toHaveAttribute('lang', 'en')
  await expect(reader.german(1)).toContainText(
    'Der russisch-amerikanische Gipfel in Alaska ist historisch, aber nur wegen der Umstände - nicht des Inhalts.',
  )
  await expect(reader.german(15).locator('[lang="en"]')).toHaveText('Next time in Moscow!')
  for (const number of [4, 8, 13]) {
    await expect(reader.german(number).getByRole('heading', { level: 2 })).toBeVisible()
    await expect(reader.english(number).getByRole('heading', { level: 2 })).toBeVisible()
  }
  const note = page.getByRole('complementary', { name: 'Note from the re-publisher' })
  await expect(note.locator('.block.de')).toContainText('Haftungsausschluss: Das Urheberrecht')
  await expect(note.locator('.block.en')).toContainText('Disclaimer')
  await expect(
    page.getByText('Source:').or(page.getByRole('term').filter({ hasText: 'Source' })),
  ).toBeVisible()
  await expect(page.locator('time[datetime="2025-08-16"]')).toHaveText('August 16, 2025')
  await expect(page.getByRole('article').locator('footer')).toContainText(
    'copyright of this article remains with its original author',
  )
})

test('hovering or focusing a block highlights its counterpart', async ({ reader }) => {
  await reader.goto()
  const plain = await reader.english(3).evaluate((node) => getComputedStyle(node).backgroundColor)
  await reader.german(3).hover()
  await expect
    .poll(() => reader.english(3).evaluate((node) => getComputedStyle(node).backgroundColor))
    .not.toBe(plain)
  await expect
    .poll(() => reader.english(5).evaluate((node) => getComputedStyle(node).backgroundColor))
    .toBe(plain)

  await reader.page.mouse.move(0, 0)
  // The text's one tab stop is its first German word.
  await reader.german(1).locator('.w').first().focus()
  await expect
    .poll(() => reader.english(1).evaluate((node) => getComputedStyle(node).backgroundColor))
    .not.toBe(plain)
})
