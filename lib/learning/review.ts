import { Rating, type Grade } from 'ts-fsrs'
import type { Language } from '@/i18n/settings'
import type { Gender } from '@/lib/vocabulary/grammar'
import { germanWithArticle } from './anki'
import { gradeNames, roundInterval, type GradeName } from './schedule'
import { clozeOf } from './cloze'
import type { CardRecord, TranslationBy, WordRecord } from './types'

/** A piece of a sentence; `form` marks the saved word as it stands there. */
export interface Segment {
  text: string
  form: boolean
}

export interface Example {
  sentence: Segment[]
  translation: string
  /** Set when the English is a machine translation: the card says so beside it. */
  translationBy?: TranslationBy
}

export type SingularGender = Exclude<Gender, 'pl'>

/** What one card asks and what its answer shows, built from the word it belongs to. */
export type ReviewFace =
  | { kind: 'meaning'; german: string; gloss: string; example?: Example }
  | { kind: 'german'; gloss: string; german: string; withArticle: boolean; example?: Example }
  | { kind: 'cloze'; cloze: string; hint: string; german: string; gloss: string; example: Example }
  | { kind: 'article'; lemma: string; gender: SingularGender; german: string; gloss: string }

export interface ReviewItem {
  card: CardRecord
  word: WordRecord
  face: ReviewFace
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/**
 * The sentence cut into plain text and the saved forms, so the answer can highlight them as
 * elements rather than as HTML built from the reader's data. Each form is found once, as a
 * whole word, the way `clozeOf` blanks it.
 */
export function markForms(sentence: string, forms: readonly string[]): Segment[] {
  const ranges: Array<[number, number]> = []
  for (const form of forms) {
    if (form.trim().length === 0) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu')
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index
      const end = start + form.length
      if (ranges.some(([from, to]) => start < to && end > from)) continue
      ranges.push([start, end])
      break
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: sentence.slice(at, start), form: false })
    segments.push({ text: sentence.slice(start, end), form: true })
    at = end
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at), form: false })
  return segments
}

function exampleOf(word: WordRecord): Example | undefined {
  if (!word.source) return undefined
  return {
    sentence: markForms(word.source.sentence, word.source.forms),
    translation: word.source.translation,
    ...(word.source.translationBy ? { translationBy: word.source.translationBy } : {}),
  }
}

/**
 * The face of a card, or undefined when the word no longer has what the card needs (a
 * cloze whose sentence lost the form, an article card of a word that is not a singular noun):
 * such a card is left out rather than asked with a question that cannot be answered.
 */
export function faceOf(word: WordRecord, card: CardRecord, lng: Language): ReviewFace | undefined {
  const german = germanWithArticle(word)
  const gloss = word.glosses[lng]
  const example = exampleOf(word)
  switch (card.kind) {
    case 'meaning':
      return { kind: 'meaning', german, gloss, ...(example ? { example } : {}) }
    case 'german':
      return {
        kind: 'german',
        gloss,
        german,
        withArticle: german !== word.lemma,
        ...(example ? { example } : {}),
      }
    case 'cloze': {
      const cloze = word.source && clozeOf(word.source.sentence, word.source.forms)
      if (!word.source || !cloze || !example) return undefined
      return { kind: 'cloze', cloze, hint: word.source.translation, german, gloss, example }
    }
    case 'article':
      if (word.pos !== 'noun' || !word.gender || word.gender === 'pl') return undefined
      return { kind: 'article', lemma: word.lemma, gender: word.gender, german, gloss }
  }
}

/** Whether `items`, after one of word `previous`, can be ordered with no word twice in a row. */
function canSpread(counts: ReadonlyMap<string, number>, size: number, previous?: string) {
  for (const [word, count] of counts) {
    const room = word === previous ? Math.floor(size / 2) : Math.ceil(size / 2)
    if (count > room) return false
  }
  return true
}

/**
 * Orders cards most overdue first, but never two cards of one word back to back when that
 * can be avoided: the second would be answered from the first one's answer, not from memory.
 */
export function spreadByWord<T extends { card: Pick<CardRecord, 'word'> }>(
  items: readonly T[],
): T[] {
  const rest = [...items]
  const counts = new Map<string, number>()
  for (const item of rest) counts.set(item.card.word, (counts.get(item.card.word) ?? 0) + 1)
  const ordered: T[] = []
  let previous: string | undefined
  while (rest.length > 0) {
    let pick = rest.findIndex((item) => {
      const word = item.card.word
      if (word === previous) return false
      const after = new Map(counts).set(word, (counts.get(word) ?? 0) - 1)
      return canSpread(after, rest.length - 1, word)
    })
    if (pick < 0) pick = rest.findIndex((item) => item.card.word !== previous)
    if (pick < 0) pick = 0
    const [item] = rest.splice(pick, 1) as [T]
    counts.set(item.card.word, (counts.get(item.card.word) ?? 0) - 1)
    ordered.push(item)
    previous = item.card.word
  }
  return ordered
}

/** The session's cards: due cards with their words and faces, spread by word. */
export function buildQueue(
  cards: readonly CardRecord[],
  words: readonly WordRecord[],
  lng: Language,
): ReviewItem[] {
  const byKey = new Map(words.map((word) => [word.key, word]))
  const items: ReviewItem[] = []
  for (const card of cards) {
    const word = byKey.get(card.word)
    const face = word && faceOf(word, card, lng)
    if (word && face) items.push({ card, word, face })
  }
  return spreadByWord(items)
}

/**
 * Anki's learn-ahead limit: a card forgotten in this session that falls due again within it
 * comes back at the end of the queue instead of waiting for the next session.
 */
export const REQUEUE_WITHIN_MS = 20 * 60_000

export interface Answer {
  card: string
  grade: Grade
  durationMs: number
}

export interface Session {
  queue: ReviewItem[]
  answers: Answer[]
}

/** The session after the first card of the queue was rated and stored as `rated`. */
export function afterAnswer(
  session: Session,
  rated: CardRecord,
  grade: Grade,
  durationMs: number,
  now: number,
): Session {
  const [current, ...rest] = session.queue
  if (!current) return session
  const again = grade === Rating.Again && rated.due <= now + REQUEUE_WITHIN_MS
  return {
    queue: again ? [...rest, { ...current, card: rated }] : rest,
    answers: [...session.answers, { card: rated.id, grade, durationMs }],
  }
}

/** "3 of 12": the card being answered, and all answers plus what is left. */
export function progressOf(session: Session): { current: number; total: number } {
  return {
    current: session.answers.length + 1,
    total: session.answers.length + session.queue.length,
  }
}

export interface Summary {
  /** Different cards answered. */
  cards: number
  answers: number
  counts: Record<GradeName, number>
  /** Answers that were not Again, from 0 to 1. */
  correct: number
  timeMs: number
}

export function summarize(answers: readonly Answer[]): Summary {
  const counts: Record<GradeName, number> = { again: 0, hard: 0, good: 0, easy: 0 }
  for (const answer of answers) counts[gradeNames[answer.grade]] += 1
  return {
    cards: new Set(answers.map((answer) => answer.card)).size,
    answers: answers.length,
    counts,
    correct: answers.length === 0 ? 0 : (answers.length - counts.again) / answers.length,
    timeMs: answers.reduce((sum, answer) => sum + answer.durationMs, 0),
  }
}

/** When the next card of a word being learned falls due after `now`, if any will. */
export function nextDue(
  cards: readonly CardRecord[],
  words: readonly WordRecord[],
  now: number,
): number | undefined {
  const learning = new Set(words.filter((w) => w.status === 'learning').map((w) => w.key))
  let next: number | undefined
  for (const card of cards) {
    if (!learning.has(card.word) || card.due <= now) continue
    if (next === undefined || card.due < next) next = card.due
  }
  return next
}

/**
 * A rating button's interval in the interface language: "10 min", "3 days", "2 months".
 * Minutes and hours are short, as Anki shows them; days and longer are spelt out. Under a
 * minute is undefined, for the caller's own "<1 min".
 */
export function formatInterval(ms: number, lng: Language): string | undefined {
  if (ms < 60_000) return undefined
  const { value, unit } = roundInterval(ms)
  const unitDisplay = unit === 'minute' || unit === 'hour' ? 'short' : 'long'
  return new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay }).format(value)
}

/** When something falls due, relative to now: "in 10 minutes", "tomorrow", "in 3 months". */
export function formatDueIn(ms: number, lng: Language): string {
  const { value, unit } = roundInterval(Math.max(ms, 0))
  return new Intl.RelativeTimeFormat(lng, { numeric: 'auto' }).format(value, unit)
}

/** Time spent on a session: seconds under a minute, then minutes, then hours. */
export function formatDuration(ms: number, lng: Language): string {
  const seconds = Math.round(ms / 1000)
  const [value, unit]: [number, string] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 3600
        ? [Math.round(seconds / 60), 'minute']
        : [Math.round(seconds / 360) / 10, 'hour']
  return new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'short' }).format(value)
}

/** The share of answers remembered, as a percentage: "75%", "75 %". */
export function formatPercent(share: number, lng: Language): string {
  return new Intl.NumberFormat(lng, { style: 'percent' }).format(share)
}
