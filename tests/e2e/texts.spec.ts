import { expect, test } from './fixtures'

const texts = [
  {
    slug: 'samstag-markt',
    title: 'Samstag auf dem Markt',
    word: 'Erdbeeren',
    lemma: 'die Erdbeere',
  },
  {
    slug: 'rad-zur-arbeit',
    title: 'Mit dem Rad zur Arbeit',
    word: 'Fahrrad',
    lemma: 'das Fahrrad',
  },
  { slug: 'stadtbaeume', title: 'Bäume', word: 'Bäume', lemma: 'der Baum' },
]

test.describe('the texts written for Zweiklang', () => {
  for (const text of texts) {
    test.describe(text.slug, () => {
      test.use({ slug: text.slug })

      test(`${text.slug} is in the library and every word explains itself`, async ({
        page,
        reader,
      }) => {
        await page.goto('/en')
        const card = page.getByRole('article').filter({ hasText: new RegExp(text.title) })
        await card.getByRole('link').click()
        await expect(page).toHaveURL(new RegExp(`/en/read/${text.slug}$`))
        const spans = page.locator('.block.de .w')
        // Every German word is a popup target: none was left without an entry.
        const words = await page
          .locator('.block.de .block-text')
          .evaluateAll((blocks) => blocks.map((block) => block.textContent ?? '').join(' '))
        expect(await spans.count()).toBeGreaterThan(words.split(/\s+/u).length * 0.9)
        await reader.word(text.word).hover()
        await expect(reader.popup).toContainText(text.lemma)
      })
    })
  }

  test.describe('in the German interface', () => {
    test.use({ lng: 'de', slug: 'stadtbaeume' })

    test('a new text has no axe violations with its popup open', async ({
      reader,
      expectNoAxeViolations,
    }) => {
      await reader.goto()
      await reader.word('Bäume').hover()
      await expect(reader.popup).toBeVisible()
      await expectNoAxeViolations()
    })
  })
})
