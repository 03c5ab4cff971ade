import { test, expect, type Page } from './fixtures'
import {
  dueCard,
  readLearning,
  savedWord,
  seedBeforeOpening,
  seedLearning,
  type LearningRows,
} from './learningData'
import type { ReviewPage } from './pages/ReviewPage'

const MINUTE = 60_000
const DAY = 86_400_000
const PHONE_WIDTHS = [390, 320] as const
const PHONE_HEIGHT = 800
const INTERVAL = /(<1 min|\d+(\.\d)? (min|hr|days?|months?|years?))/

/**
 * The saved word Gipfel with its four cards, most overdue first in the order they are asked;
 * `machine`: its English is a machine translation.
 */
function gipfelRows(machine = false): LearningRows {
  const now = Date.now()
  const word = savedWord()
  if (machine) word.source = { ...word.source!, translationBy: 'machine' }
  return {
    words: [word],
    cards: [
      dueCard('Gipfel', 'meaning', { due: now - 4 * MINUTE }),
      dueCard('Gipfel', 'german', { due: now - 3 * MINUTE }),
      dueCard('Gipfel', 'cloze', { due: now - 2 * MINUTE }),
      dueCard('Gipfel', 'article', { due: now - MINUTE }),
    ],
  }
}

/** Opens the review page with `rows` stored, as a reader's earlier sessions would leave them. */
async function openWith(review: ReviewPage, rows: LearningRows) {
  await seedBeforeOpening(review.page, rows)
  await review.goto()
  await review.loaded()
  return review
}

async function useDarkTheme(page: Page) {
  await page.addInitScript(() => localStorage.setItem('zweiklang:prefs', '{"theme":"dark"}'))
}

test('asks the four kinds of card, rates them and sums the session up', async ({
  page,
  review,
}) => {
  await openWith(review, gipfelRows())

  // Meaning: the German with its article; Space shows the answer and moves focus there.
  await expect(review.progress).toHaveText('1 of 4')
  await expect(review.question).toHaveText('What does it mean?')
  await expect(review.prompt).toHaveText('der Gipfel')
  await expect(review.ratings).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(review.answer).toBeFocused()
  await expect(review.answer).toContainText('summit')
  await expect(review.answer).toContainText('Der Gipfel in Alaska endete ohne Einigung.')
  await expect(review.answer).toContainText('The summit in Alaska ended without an agreement.')
  // A published English carries no mark (a machine's does: see the axe test below).
  await expect(review.machineMark).toHaveCount(0)
  await expect(review.answer.locator('mark')).toHaveText('Gipfel')
  for (const key of [1, 2, 3, 4] as const) {
    await expect(review.rating(key)).toHaveAccessibleName(INTERVAL)
  }
  await expect(review.rating(1)).toHaveAccessibleName(/^Again 1 min$/)
  const before = Date.now()
  await page.keyboard.press('3')

  // Good stored the card's next state, per FSRS, and a review log row.
  await expect(review.progress).toHaveText('2 of 4')
  await expect.poll(async () => (await readLearning(page)).reviews.length).toBe(1)
  const stored = await readLearning(page)
  const meaning = stored.cards.find((card) => card.id === 'Gipfel|meaning')
  expect(meaning?.due).toBeGreaterThan(before)
  expect(meaning?.reps).toBe(1)
  expect(stored.reviews[0]).toMatchObject({ card: 'Gipfel|meaning', rating: 3 })
  expect(stored.reviews[0]?.durationMs).toBeGreaterThan(0)

  // German: the meaning, to be answered with the article; the new card takes the focus.
  await expect(review.card).toBeFocused()
  await expect(review.question).toHaveText('How do you say it in German?')
  await expect(review.prompt).toHaveText('summit')
  await expect(page.getByText('Answer with the article.')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(review.answer).toContainText('der Gipfel')
  await page.keyboard.press('3')

  // Cloze: the sentence with a gap; the hint is the English block.
  await expect(review.question).toHaveText('Which word is missing?')
  await expect(review.prompt).toHaveText('Der _____ in Alaska endete ohne Einigung.')
  const hint = page.getByText('The summit in Alaska ended without an agreement.')
  await expect(hint).toBeHidden()
  await review.showHint.click()
  await expect(review.showHint).toHaveAttribute('aria-expanded', 'true')
  await expect(hint).toBeVisible()
  await review.showAnswer.click()
  await expect(review.answer.locator('mark')).toHaveText('Gipfel')
  await review.rating(3).click()

  // der/die/das: a wrong article is said in words, and Again is suggested.
  await expect(review.question).toHaveText('der, die or das?')
  await expect(review.prompt).toHaveText('Gipfel')
  await review.article('die').click()
  await expect(review.answer).toContainText('Not quite: it is der Gipfel. Again is suggested.')
  await expect(review.rating(1)).toContainText('suggested')
  await page.keyboard.press('1')

  // Forgotten and due again within minutes: it comes back at the end, as in Anki.
  await expect(review.progress).toHaveText('5 of 5')
  await expect(review.question).toHaveText('der, die or das?')
  await review.article('der').click()
  await expect(review.answer).toContainText('Correct: der Gipfel.')
  await expect(review.rating(1)).not.toContainText('suggested')
  await page.keyboard.press('3')

  await expect(review.summary).toBeVisible()
  await expect(review.summary.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(review.summary).toContainText('You reviewed 4 cards.')
  await expect(review.count(1)).toHaveText('1')
  await expect(review.count(2)).toHaveText('0')
  await expect(review.count(3)).toHaveText('4')
  await expect(review.count(4)).toHaveText('0')
  await expect(review.summary).toContainText('Remembered (not Again): 80%')
  await expect(review.summary).toContainText(/Time spent: \d+ sec/)
  await expect(review.summary).toContainText(/Next card due in \d+ minutes?\./)
  await expect(review.summary.getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
    'href',
    '/en',
  )
  expect((await readLearning(page)).reviews).toHaveLength(5)
})

test('keeps cards of one word apart when another word is due', async ({ page, review }) => {
  const now = Date.now()
  const treffen = savedWord({
    key: 'Treffen',
    sense: 'Treffen',
    lemma: 'Treffen',
    gender: 'n',
    glosses: { en: 'meeting', de: 'Zusammenkunft' },
  })
  await openWith(review, {
    words: [savedWord(), treffen],
    cards: [
      dueCard('Gipfel', 'meaning', { due: now - 3 * MINUTE }),
      dueCard('Gipfel', 'german', { due: now - 2 * MINUTE }),
      dueCard('Treffen', 'meaning', { due: now - MINUTE }),
    ],
  })
  await expect(review.prompt).toHaveText('der Gipfel')
  await page.keyboard.press('Space')
  // A rating key counts once the answer, with its ratings, is shown.
  await expect(review.ratings).toBeVisible()
  await page.keyboard.press('4')
  await expect(review.prompt).toHaveText('das Treffen')
})

test('says when nothing is due, and when the next card will be', async ({ page, review }) => {
  await review.goto()
  await review.loaded()
  await expect(review.empty).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to the library' })).toHaveAttribute(
    'href',
    '/en',
  )
  await expect(page.getByText(/Next card due/)).toHaveCount(0)

  await seedLearning(page, {
    words: [savedWord()],
    cards: [dueCard('Gipfel', 'meaning', { due: Date.now() + 3 * DAY + MINUTE })],
  })
  await page.reload()
  await review.loaded()
  await expect(review.empty).toBeVisible()
  await expect(page.getByText('Next card due in 3 days.')).toBeVisible()
})

test.describe('in the German interface', () => {
  test.use({ lng: 'de' })

  test('speaks German', async ({ page, review }) => {
    await openWith(review, { words: [savedWord()], cards: [dueCard('Gipfel', 'german')] })
    await expect(review.progress).toHaveText('1 von 1')
    await expect(review.question).toHaveText('Wie heißt das auf Deutsch?')
    await expect(review.prompt).toHaveText('Treffen der Regierungschefs')
    await expect(page.getByText('Antworte mit dem Artikel.')).toBeVisible()
    await review.showAnswer.click()
    await expect(review.rating(3)).toHaveAccessibleName(/^Gut \d+ Min\.$/)
    await review.rating(4).click()
    await expect(review.summary).toContainText('Du hast 1 Karte wiederholt.')
    await expect(review.summary).toContainText('Gewusst (nicht Nochmal): 100 %')
    await expect(page).toHaveTitle(/^Wiederholen/)
  })
})

for (const theme of ['light', 'dark'] as const) {
  // Each theme in one interface language: both languages are checked, with no extra pass.
  const lng = theme === 'light' ? 'en' : 'de'
  test.describe(`in ${lng}`, () => {
    test.use({ lng })

    test(`has no axe violations in the ${theme} theme (${lng})`, async ({
      page,
      review,
      expectNoAxeViolations,
    }) => {
      if (theme === 'dark') await useDarkTheme(page)
      await review.goto()
      await review.loaded()
      if (theme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await expect(review.empty).toBeVisible()
      await expectNoAxeViolations()

      await seedLearning(page, gipfelRows(true))
      await page.reload()
      await review.loaded()
      await expect(review.prompt).toHaveText('der Gipfel')
      await expectNoAxeViolations()
      await page.keyboard.press('Space')
      await expect(review.ratings).toBeVisible()
      await expect(review.machineMark).toBeVisible()
      await expectNoAxeViolations()

      for (const card of ['german', 'cloze']) {
        await page.keyboard.press('3')
        await expect(review.showAnswer, card).toBeVisible()
        await page.keyboard.press('Space')
        // A rating key counts once the answer, with its ratings, is shown.
        await expect(review.ratings, card).toBeVisible()
      }
      await page.keyboard.press('3')
      // der/die/das, answered wrongly: the result and the suggested rating.
      await review.article('die').click()
      await expect(review.rating(1)).toContainText(review.suggested)
      await expectNoAxeViolations()
      await review.rating(3).click()
      await expect(review.summary).toBeVisible()
      await expectNoAxeViolations()
    })
  })
}

test('fits a 390 px and a 320 px phone without horizontal scroll', async ({ page, review }) => {
  // The page lays itself out by CSS alone: narrowed in place, it is what a narrower phone loads.
  const atEveryWidth = async (check: () => Promise<void>) => {
    for (const width of PHONE_WIDTHS) {
      await page.setViewportSize({ width, height: PHONE_HEIGHT })
      await test.step(`${width} px`, check)
    }
  }
  await page.setViewportSize({ width: PHONE_WIDTHS[0], height: PHONE_HEIGHT })
  await openWith(review, gipfelRows())
  await expect(review.prompt).toHaveText('der Gipfel')
  await atEveryWidth(() => review.hasNoHorizontalScroll())
  await review.showAnswer.click()
  await expect(review.ratings).toBeVisible()
  await atEveryWidth(async () => {
    await review.hasNoHorizontalScroll()
    for (const key of [1, 2, 3, 4] as const) await expect(review.rating(key)).toBeInViewport()
  })
})
