import { readFile } from 'node:fs/promises'
import type { WordRecord } from '@/lib/learning/types'
import { test, expect } from './fixtures'
import {
  dueCard,
  readLearning,
  savedWord,
  seedBeforeOpening,
  seedLearning,
  type LearningRows,
} from './learningData'
import type { WordsPage } from './pages/WordsPage'

const DAY = 86_400_000
const PHONE_WIDTHS = [390, 320] as const
const PHONE_HEIGHT = 800

/** savedWord() is a noun; other parts of speech have no gender. */
function notNoun(overrides: Partial<WordRecord>): WordRecord {
  const word = savedWord(overrides)
  delete word.gender
  return word
}

const gipfel = savedWord()
const einigung = savedWord({
  key: 'Einigung',
  sense: 'Einigung',
  lemma: 'Einigung',
  gender: 'f',
  glosses: { en: 'agreement', de: 'Übereinkunft' },
  status: 'known',
  addedAt: gipfel.addedAt - DAY,
  updatedAt: gipfel.addedAt - DAY,
})
const ueberraschen = notNoun({
  key: 'überraschen',
  sense: 'überraschen',
  lemma: 'überraschen',
  pos: 'verb',
  glosses: { en: 'to surprise', de: 'unerwartet kommen' },
  source: {
    slug: 'wahl',
    title: 'Die Wahl',
    block: 1,
    sentence: 'Das Ergebnis überraschte alle.',
    forms: ['überraschte'],
    translation: 'The result surprised everyone.',
    translationBy: 'machine',
  },
  addedAt: gipfel.addedAt - 2 * DAY,
  updatedAt: gipfel.addedAt - 2 * DAY,
})
const trump = notNoun({
  key: 'Trump',
  sense: 'Trump',
  lemma: 'Trump',
  pos: 'propn',
  glosses: { en: 'Trump', de: 'Trump' },
  status: 'ignored',
})
const gipfelCards = [
  dueCard('Gipfel', 'meaning'),
  dueCard('Gipfel', 'german', { due: Date.now() + 3 * DAY }),
]
const everything: LearningRows = {
  words: [gipfel, einigung, ueberraschen, trump],
  cards: gipfelCards,
}

/** Opens the page with rows stored as a reader's earlier sessions would have left them. */
async function seeded(words: WordsPage, rows: LearningRows) {
  await seedBeforeOpening(words.page, rows)
  await words.goto()
  return words
}

test.describe('the words page', () => {
  test('lists saved words with their gloss, status, text, sentence and next review', async ({
    page,
    words,
  }) => {
    await seeded(words, everything)
    await expect(words.title).toHaveText('My words')
    await expect(page).toHaveTitle(/^My words · /)
    const item = words.item('der Gipfel')
    await expect(item).toContainText('summit')
    await expect(item).toContainText('Gipfel in Alaska')
    await expect(item).toContainText('Der Gipfel in Alaska endete ohne Einigung.')
    await expect(item).toContainText('Due now')
    await expect(words.statusOf('der Gipfel').locator('option:checked')).toHaveText('Learning')
    await expect(words.statusOf('die Einigung').locator('option:checked')).toHaveText('Known')
    await expect(words.item('die Einigung')).toContainText('not scheduled')
    // The English beside the sentence, folded; a machine's says so.
    await expect(words.english('der Gipfel')).toContainText('The paragraph in English')
    await expect(words.machineMark('der Gipfel')).toHaveCount(0)
    await expect(words.machineMark('überraschen')).toBeVisible()
    await words.english('überraschen').getByText('The paragraph in English').click()
    await expect(
      words.english('überraschen').getByText('The result surprised everyone.'),
    ).toBeVisible()
    // Ignored words stay out of the way until asked for; newest first.
    await expect(words.headwords).toHaveText(['der Gipfel', 'die Einigung', 'überraschen'])
    await expect(page.getByText('3 of 4 words')).toBeVisible()
  })

  test('search, text and status filters and sorting narrow and order the list', async ({
    page,
    words,
  }) => {
    await seeded(words, everything)
    await words.search.fill('UBERR')
    await expect(words.headwords).toHaveText(['überraschen'])
    await expect(page.getByText('1 of 4 words')).toBeVisible()
    await words.search.fill('agreement')
    await expect(words.headwords).toHaveText(['die Einigung'])
    await words.search.fill('')

    await words.textFilter.selectOption({ label: 'Die Wahl' })
    await expect(words.headwords).toHaveText(['überraschen'])
    await words.textFilter.selectOption({ label: 'All texts' })

    await words.statusFilter.selectOption({ label: 'Known' })
    await expect(words.headwords).toHaveText(['die Einigung'])
    await words.statusFilter.selectOption({ label: 'Ignored' })
    await expect(words.headwords).toHaveText(['Trump'])
    await words.statusFilter.selectOption({ label: 'All, including ignored' })
    await expect(page.getByText('4 of 4 words')).toBeVisible()

    await words.sort.selectOption({ label: 'German, A–Z' })
    await expect(words.headwords).toHaveText(['die Einigung', 'der Gipfel', 'Trump', 'überraschen'])
    await words.sort.selectOption({ label: 'Next review' })
    await expect(words.headwords.first()).toHaveText('der Gipfel')
  })

  test('a note is saved on leaving the field and is there after a reload', async ({
    page,
    words,
  }) => {
    await seeded(words, everything)
    await words.note('der Gipfel').fill('Bergspitze <b>und</b> Treffen')
    await words.note('der Gipfel').press('Tab')
    await expect(words.status('Note on der Gipfel saved.')).toBeVisible()
    const stored = await readLearning(page)
    expect(stored.words.find((word) => word.key === 'Gipfel')?.note).toBe(
      'Bergspitze <b>und</b> Treffen',
    )
    await words.reload()
    await expect(words.note('der Gipfel')).toHaveValue('Bergspitze <b>und</b> Treffen')
  })

  test('the status moves between learning, known and ignored without losing the word', async ({
    page,
    words,
  }) => {
    await seeded(words, everything)
    await words.statusOf('der Gipfel').selectOption({ label: 'Known' })
    await expect(words.status('der Gipfel: Known.')).toBeVisible()
    await expect(words.item('der Gipfel')).toContainText('not scheduled')
    let stored = await readLearning(page)
    expect(stored.words.find((word) => word.key === 'Gipfel')?.status).toBe('known')

    await words.statusOf('der Gipfel').selectOption({ label: 'Learning' })
    await expect(words.status('der Gipfel: Learning.')).toBeVisible()
    stored = await readLearning(page)
    expect(stored.words.find((word) => word.key === 'Gipfel')?.status).toBe('learning')
  })

  test('delete removes the word and its cards, and undo brings both back', async ({
    page,
    words,
  }) => {
    await seeded(words, everything)
    await words.deleteButton('der Gipfel').click()
    await expect(words.item('der Gipfel')).toHaveCount(0)
    await expect(words.status('Deleted der Gipfel and its cards.')).toBeVisible()
    await expect(words.undo).toBeFocused()
    let stored = await readLearning(page)
    expect(stored.words.map((word) => word.key)).not.toContain('Gipfel')
    expect(stored.cards.filter((card) => card.word === 'Gipfel')).toEqual([])

    await words.undo.click()
    await expect(words.item('der Gipfel')).toBeVisible()
    stored = await readLearning(page)
    expect(stored.words.find((word) => word.key === 'Gipfel')).toEqual(gipfel)
    expect(stored.cards.filter((card) => card.word === 'Gipfel')).toHaveLength(2)
  })

  test('exports the words being learned for Anki', async ({ page, words }) => {
    await seeded(words, everything)
    const [download] = await Promise.all([page.waitForEvent('download'), words.exportAnki.click()])
    expect(download.suggestedFilename()).toMatch(/^zweiklang-anki-\d{4}-\d{2}-\d{2}\.txt$/)
    const text = await readFile(await download.path(), 'utf8')
    expect(text).toContain('#separator:tab\n#html:true\n')
    expect(text).toContain('#columns:German\tMeaning\tExample\tTranslation\tTags')
    expect(text).toContain('der Gipfel\tsummit\tDer <b>Gipfel</b> in Alaska endete ohne Einigung.')
    expect(text).not.toContain('Einigung\tagreement')
    expect(text).toContain(
      'The result surprised everyone. <i>(machine translation)</i>\tzweiklang verb text::wahl machine_translation',
    )
  })

  test('a full backup restores the words in a fresh browser', async ({ page, browser, words }) => {
    await seeded(words, everything)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      words.exportBackup.click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^zweiklang-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const file = await download.path()

    const fresh = await browser.newContext()
    try {
      const other = words.on(await fresh.newPage())
      await other.goto()
      await expect(
        other.page.getByRole('link', { name: 'Choose a text in the library' }),
      ).toBeVisible()
      await other.importFile.setInputFiles(file)
      await expect(other.status('Imported 4 words, 2 cards, 0 reviews.')).toBeVisible()
      await expect(other.item('der Gipfel')).toContainText('summit')
      const stored = await readLearning(other.page)
      expect(stored.words.map((word) => word.key).sort()).toEqual(
        ['Einigung', 'Gipfel', 'Trump', 'überraschen'].sort(),
      )
      expect(stored.cards).toHaveLength(2)
    } finally {
      await fresh.close()
    }
  })

  test('an invalid backup is refused with the reason and writes nothing', async ({
    page,
    words,
  }) => {
    await words.goto()
    await words.importFile.setInputFiles({
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'zweiklang-backup',
          version: 1,
          exportedAt: '2026-11-25T09:00:00.000Z',
          words: 3,
        }),
      ),
    })
    await expect(
      words.alert('This file cannot be imported, and nothing was changed: words:'),
    ).toBeVisible()
    const stored = await readLearning(page)
    expect(stored.words).toEqual([])
    expect(stored.cards).toEqual([])
  })

  test.describe('in the German interface', () => {
    test.use({ lng: 'de' })

    test('speaks German', async ({ page, words }) => {
      await seeded(words, everything)
      await expect(words.title).toHaveText('Meine Wörter')
      await expect(words.search).toBeVisible()
      await expect(words.item('der Gipfel')).toContainText('Treffen der Regierungschefs')
      await expect(words.item('der Gipfel')).toContainText('Jetzt fällig')
      await expect(words.note('der Gipfel')).toBeVisible()
      await expect(page.getByText('3 von 4 Wörtern')).toBeVisible()
    })
  })

  test('shows how to save words when there are none', async ({ page, words }) => {
    await words.goto()
    await expect(page.getByText('You have not saved any words yet.')).toBeVisible()
    await page.getByRole('link', { name: 'Choose a text in the library' }).click()
    await expect(page).toHaveURL(/\/en$/)
  })

  test('unreadable records are reported and kept, readable words still show', async ({
    page,
    words,
  }) => {
    const broken = { key: 'kaputt', status: 'banana' } as unknown as WordRecord
    await seeded(words, { words: [gipfel, broken] })
    await expect(words.alert('1 stored record could not be read')).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Download everything that can be read' }),
    ).toBeVisible()
    await expect(words.item('der Gipfel')).toBeVisible()
    await expect(page.getByText('1 of 1 word')).toBeVisible()
  })

  test('storage that cannot be opened is explained instead of an empty list', async ({
    page,
    words,
  }) => {
    // As in browsers that refuse IndexedDB, e.g. some private windows.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
    })
    await page.goto('/en/words')
    await expect(
      words.alert('Your saved words could not be opened. Nothing has been deleted.'),
    ).toBeVisible()
    await expect(
      page.getByRole('button', { name: 'Download everything that can be read' }),
    ).toBeVisible()
    await expect(page.getByText('You have not saved any words yet.')).toHaveCount(0)
  })

  test('a change in another tab shows without a reload', async ({ context, words }) => {
    await seeded(words, everything)
    const other = words.on(await context.newPage())
    await other.goto()
    await other.note('der Gipfel').fill('aus dem anderen Tab')
    await other.note('der Gipfel').blur()
    await expect(words.note('der Gipfel')).toHaveValue('aus dem anderen Tab')
  })
})

test.describe('the words page for everyone', () => {
  test('has no axe violations without words and with them', async ({
    page,
    words,
    expectNoAxeViolations,
  }) => {
    await words.goto()
    await expectNoAxeViolations()
    await seedLearning(page, everything)
    await words.reload()
    await expect(words.item('der Gipfel')).toBeVisible()
    await expectNoAxeViolations()
  })

  test.describe('in German', () => {
    // The light theme is checked in English above: both languages, with no extra pass.
    test.use({ lng: 'de' })

    test('has no axe violations in the dark theme', async ({
      page,
      words,
      expectNoAxeViolations,
    }) => {
      await page.addInitScript(() => localStorage.setItem('zweiklang:prefs', '{"theme":"dark"}'))
      await seeded(words, everything)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      await expect(words.item('der Gipfel')).toBeVisible()
      await expectNoAxeViolations()
    })
  })

  test('fits a 390 px and a 320 px phone without horizontal scrolling', async ({ page, words }) => {
    const [first, ...narrower] = PHONE_WIDTHS
    await page.setViewportSize({ width: first, height: PHONE_HEIGHT })
    await seeded(words, everything)
    // The page lays itself out by CSS alone: narrowed in place, it is what a narrower phone
    // loads.
    for (const width of [first, ...narrower]) {
      await page.setViewportSize({ width, height: PHONE_HEIGHT })
      await expect(words.item('der Gipfel')).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `at ${width} px`).toBeLessThanOrEqual(0)
    }
  })
})
