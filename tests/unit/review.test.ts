import { describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import {
  afterAnswer,
  buildQueue,
  faceOf,
  formatDueIn,
  formatDuration,
  formatInterval,
  formatPercent,
  markForms,
  nextDue,
  progressOf,
  REQUEUE_WITHIN_MS,
  spreadByWord,
  summarize,
  type ReviewItem,
  type Session,
} from '@/lib/learning/review'
import { newCard, rateCard } from '@/lib/learning/schedule'
import { CLOZE_GAP } from '@/lib/learning/cloze'
import type { CardKind, CardRecord, WordRecord } from '@/lib/learning/types'

const NOW = Date.UTC(2026, 10, 25, 9)
const MINUTE = 60_000
const DAY = 86_400_000

function word(overrides: Partial<WordRecord> = {}): WordRecord {
  return {
    key: 'Gipfel',
    sense: 'Gipfel',
    lemma: 'Gipfel',
    pos: 'noun',
    gender: 'm',
    glosses: { en: 'summit', de: 'Treffen der Staatschefs' },
    status: 'learning',
    source: {
      slug: 'alaska-gipfel',
      title: 'Gipfel in Alaska',
      block: 3,
      sentence: 'Der Gipfel in Alaska endete ohne Einigung.',
      forms: ['Gipfel'],
      translation: 'The summit in Alaska ended without agreement.',
    },
    note: '',
    addedAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...overrides,
  }
}

const gipfel = word()
const herausstellen = word({
  key: 'herausstellen',
  sense: 'sich herausstellen',
  lemma: 'sich herausstellen',
  pos: 'verb',
  gender: undefined,
  glosses: { en: 'to turn out', de: 'sich zeigen' },
  source: {
    slug: 'alaska-gipfel',
    title: 'Gipfel in Alaska',
    block: 4,
    sentence: 'Es stellte sich heraus, dass niemand kam.',
    forms: ['stellte', 'heraus'],
    translation: 'It turned out that nobody came.',
  },
})

const card = (key: string, kind: CardKind, due = NOW - MINUTE): CardRecord =>
  newCard(key, kind, due)

describe('markForms', () => {
  it('cuts the sentence around each saved form, in sentence order', () => {
    expect(markForms('Es stellte sich heraus, dass niemand kam.', ['heraus', 'stellte'])).toEqual([
      { text: 'Es ', form: false },
      { text: 'stellte', form: true },
      { text: ' sich ', form: false },
      { text: 'heraus', form: true },
      { text: ', dass niemand kam.', form: false },
    ])
  })

  it('matches whole words only and leaves text without the form whole', () => {
    expect(markForms('Gipfelkreuz und Gipfel', ['Gipfel'])).toEqual([
      { text: 'Gipfelkreuz und ', form: false },
      { text: 'Gipfel', form: true },
    ])
    expect(markForms('Kein Treffer.', ['Gipfel'])).toEqual([{ text: 'Kein Treffer.', form: false }])
  })

  it('gives a repeated form its next occurrence, never the same text twice', () => {
    expect(markForms('an an', ['an', 'an'])).toEqual([
      { text: 'an', form: true },
      { text: ' ', form: false },
      { text: 'an', form: true },
    ])
  })

  it('treats markup in the data as plain text', () => {
    expect(markForms('<b>Gipfel</b>', ['Gipfel'])).toEqual([
      { text: '<b>', form: false },
      { text: 'Gipfel', form: true },
      { text: '</b>', form: false },
    ])
  })
})

describe('faceOf', () => {
  it('asks the meaning of the German with its article and answers with the sentence', () => {
    const face = faceOf(gipfel, card('Gipfel', 'meaning'), 'en')
    expect(face).toMatchObject({ kind: 'meaning', german: 'der Gipfel', gloss: 'summit' })
    expect(face?.kind === 'meaning' && face.example?.translation).toBe(
      'The summit in Alaska ended without agreement.',
    )
  })

  it('uses the gloss of the interface language', () => {
    expect(faceOf(gipfel, card('Gipfel', 'german'), 'de')).toMatchObject({
      kind: 'german',
      gloss: 'Treffen der Staatschefs',
      german: 'der Gipfel',
      withArticle: true,
    })
    expect(faceOf(herausstellen, card('herausstellen', 'german'), 'en')).toMatchObject({
      german: 'sich herausstellen',
      withArticle: false,
    })
  })

  it('blanks the word for a cloze and keeps the English block as the hint', () => {
    const face = faceOf(herausstellen, card('herausstellen', 'cloze'), 'en')
    expect(face).toMatchObject({
      kind: 'cloze',
      cloze: `Es ${CLOZE_GAP} sich ${CLOZE_GAP}, dass niemand kam.`,
      hint: 'It turned out that nobody came.',
    })
  })

  it('keeps the mark of an English a machine made, and adds none to the reader’s', () => {
    const machine = word({ source: { ...gipfel.source!, translationBy: 'machine' } })
    for (const kind of ['meaning', 'german', 'cloze'] as const) {
      const face = faceOf(machine, card('Gipfel', kind), 'en')
      expect(face && 'example' in face && face.example?.translationBy).toBe('machine')
      const own = faceOf(gipfel, card('Gipfel', kind), 'en')
      expect(own && 'example' in own && own.example).not.toHaveProperty('translationBy')
    }
  })

  it('leaves out cards the word can no longer answer', () => {
    const moved = word({ source: { ...gipfel.source!, sentence: 'Ein anderer Satz.' } })
    expect(faceOf(moved, card('Gipfel', 'cloze'), 'en')).toBeUndefined()
    expect(faceOf(word({ source: undefined }), card('Gipfel', 'cloze'), 'en')).toBeUndefined()
    expect(faceOf(word({ gender: 'pl' }), card('Gipfel', 'article'), 'en')).toBeUndefined()
    expect(faceOf(herausstellen, card('herausstellen', 'article'), 'en')).toBeUndefined()
  })

  it('asks der/die/das with the lemma alone', () => {
    expect(faceOf(gipfel, card('Gipfel', 'article'), 'en')).toEqual({
      kind: 'article',
      lemma: 'Gipfel',
      gender: 'm',
      german: 'der Gipfel',
      gloss: 'summit',
    })
  })
})

describe('spreadByWord', () => {
  const of = (...words: string[]) => words.map((w, i) => ({ card: { word: w }, i }))
  const words = (items: Array<{ card: { word: string } }>) => items.map((item) => item.card.word)

  it('keeps the overdue order when no word repeats back to back', () => {
    expect(words(spreadByWord(of('A', 'B', 'A', 'C')))).toEqual(['A', 'B', 'A', 'C'])
  })

  it('separates cards of one word, looking ahead where a greedy pick would fail', () => {
    expect(words(spreadByWord(of('A', 'A', 'B')))).toEqual(['A', 'B', 'A'])
    expect(words(spreadByWord(of('A', 'B', 'C', 'A', 'A')))).toEqual(['A', 'B', 'A', 'C', 'A'])
  })

  it('puts cards together only when nothing else is left', () => {
    expect(words(spreadByWord(of('A', 'A', 'A', 'B')))).toEqual(['A', 'B', 'A', 'A'])
    expect(spreadByWord([])).toEqual([])
  })

  it('loses and invents no card', () => {
    const items = of('A', 'A', 'B', 'B', 'C', 'A', 'D')
    expect(
      spreadByWord(items)
        .map((item) => item.i)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5, 6])
  })
})

describe('buildQueue', () => {
  it('pairs due cards with their words and skips those without a word or a face', () => {
    const queue = buildQueue(
      [
        card('Gipfel', 'meaning', NOW - 3 * DAY),
        card('Gipfel', 'german', NOW - 2 * DAY),
        card('herausstellen', 'article'),
        card('gone', 'meaning'),
        card('herausstellen', 'meaning', NOW - 1),
      ],
      [gipfel, herausstellen],
      'en',
    )
    expect(queue.map((item) => item.card.id)).toEqual([
      'Gipfel|meaning',
      'herausstellen|meaning',
      'Gipfel|german',
    ])
    expect(queue[0]?.word).toBe(gipfel)
  })
})

describe('a session', () => {
  const queue = buildQueue(
    [card('Gipfel', 'meaning'), card('herausstellen', 'meaning')],
    [gipfel, herausstellen],
    'en',
  )
  const start: Session = { queue, answers: [] }
  const rate = (item: ReviewItem, grade: typeof Rating.Again | typeof Rating.Good) =>
    rateCard(item.card, grade, NOW, { durationMs: 1, reviewId: 'r' }).card

  it('counts progress as answers plus what is left', () => {
    expect(progressOf(start)).toEqual({ current: 1, total: 2 })
  })

  it('moves on after a good answer and logs it', () => {
    const rated = rate(queue[0]!, Rating.Good)
    const next = afterAnswer(start, rated, Rating.Good, 4000, NOW)
    expect(next.queue.map((item) => item.card.id)).toEqual(['herausstellen|meaning'])
    expect(next.answers).toEqual([{ card: 'Gipfel|meaning', grade: Rating.Good, durationMs: 4000 }])
    expect(progressOf(next)).toEqual({ current: 2, total: 2 })
  })

  it('puts a forgotten card due within the session back at the end, in its new state', () => {
    const rated = rate(queue[0]!, Rating.Again)
    expect(rated.due).toBeLessThanOrEqual(NOW + REQUEUE_WITHIN_MS)
    const next = afterAnswer(start, rated, Rating.Again, 1000, NOW)
    expect(next.queue.map((item) => item.card.id)).toEqual([
      'herausstellen|meaning',
      'Gipfel|meaning',
    ])
    expect(next.queue[1]?.card).toBe(rated)
    expect(progressOf(next)).toEqual({ current: 2, total: 3 })
  })

  it('does not requeue a forgotten card that is due after the session', () => {
    const later = { ...rate(queue[0]!, Rating.Again), due: NOW + REQUEUE_WITHIN_MS + 1 }
    expect(afterAnswer(start, later, Rating.Again, 1000, NOW).queue).toHaveLength(1)
  })

  it('leaves an empty session as it is', () => {
    const empty: Session = { queue: [], answers: [] }
    expect(afterAnswer(empty, queue[0]!.card, Rating.Good, 1, NOW)).toBe(empty)
  })
})

describe('summarize', () => {
  it('counts cards, answers per rating, the share not Again and the time', () => {
    expect(
      summarize([
        { card: 'a', grade: Rating.Again, durationMs: 5000 },
        { card: 'b', grade: Rating.Good, durationMs: 3000 },
        { card: 'a', grade: Rating.Hard, durationMs: 2000 },
        { card: 'c', grade: Rating.Easy, durationMs: 1000 },
      ]),
    ).toEqual({
      cards: 3,
      answers: 4,
      counts: { again: 1, hard: 1, good: 1, easy: 1 },
      correct: 0.75,
      timeMs: 11_000,
    })
  })

  it('is all zeros without answers', () => {
    expect(summarize([])).toEqual({
      cards: 0,
      answers: 0,
      counts: { again: 0, hard: 0, good: 0, easy: 0 },
      correct: 0,
      timeMs: 0,
    })
  })
})

describe('nextDue', () => {
  it('is the earliest future due date of a word being learned', () => {
    const known = word({ key: 'Treffen', status: 'known' })
    const cards = [
      card('Gipfel', 'meaning', NOW - MINUTE),
      card('Gipfel', 'german', NOW + 3 * DAY),
      card('Gipfel', 'cloze', NOW + DAY),
      card('Treffen', 'meaning', NOW + MINUTE),
    ]
    expect(nextDue(cards, [gipfel, known], NOW)).toBe(NOW + DAY)
    expect(nextDue(cards, [known], NOW)).toBeUndefined()
  })
})

describe('formatting', () => {
  it('shows intervals as the rating buttons need them', () => {
    expect(formatInterval(30_000, 'en')).toBeUndefined()
    expect(formatInterval(10 * MINUTE, 'en')).toBe('10 min')
    expect(formatInterval(3 * DAY, 'en')).toBe('3 days')
    expect(formatInterval(61 * DAY, 'en')).toBe('2 months')
    expect(formatInterval(3 * DAY, 'de')).toBe('3 Tage')
    expect(formatInterval(10 * MINUTE, 'de')).toBe('10 Min.')
  })

  it('says when the next card is due', () => {
    expect(formatDueIn(10 * MINUTE, 'en')).toBe('in 10 minutes')
    expect(formatDueIn(DAY, 'en')).toBe('tomorrow')
    expect(formatDueIn(3 * DAY, 'de')).toBe('in 3 Tagen')
  })

  it('gives the time spent in seconds, minutes or hours', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 sec')
    expect(formatDuration(12 * MINUTE, 'en')).toBe('12 min')
    expect(formatDuration(90 * MINUTE, 'de')).toBe('1,5 Std.')
  })

  it('gives the share remembered as a percentage', () => {
    expect(formatPercent(0.75, 'en')).toBe('75%')
    expect(formatPercent(0.75, 'de')).toBe('75\u00a0%')
  })
})
