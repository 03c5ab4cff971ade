import type { Language } from '@/i18n/settings'
import { germanWithArticle } from './anki'
import type { StatusChange } from '@/lib/storage/learningStore'
import type { CardRecord, StoredStatus, WordRecord } from './types'

/** A word as the words page lists it: the record and when it is next reviewed. */
export interface WordRow {
  word: WordRecord
  /** The earliest due date of its cards; undefined when the word is not being reviewed. */
  nextDue: number | undefined
}

/** "active" hides ignored words, which are mostly names and words the reader chose to skip. */
export type StatusFilter = StoredStatus | 'active' | 'all'
export const statusFilters: readonly StatusFilter[] = [
  'active',
  'learning',
  'known',
  'ignored',
  'all',
]

export const wordSorts = ['newest', 'oldest', 'german', 'review'] as const
export type WordSort = (typeof wordSorts)[number]

export interface WordFilter {
  query: string
  /** A text's slug, or '' for every text. */
  text: string
  status: StatusFilter
}

/** Joins words to their cards; only words being learned have a next review. */
export function toRows(words: readonly WordRecord[], cards: readonly CardRecord[]): WordRow[] {
  const earliest = new Map<string, number>()
  for (const card of cards) {
    const due = earliest.get(card.word)
    if (due === undefined || card.due < due) earliest.set(card.word, card.due)
  }
  return words.map((word) => ({
    word,
    nextDue: word.status === 'learning' ? earliest.get(word.key) : undefined,
  }))
}

/** Lower case without accents or umlauts, so "uber" finds "über" and "CAFE" finds "Café". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de')
}

/** Whether a word's lemma (with article), gloss or note contains the query. */
export function matchesQuery(word: WordRecord, query: string, lng: Language): boolean {
  const needle = foldText(query.trim())
  if (!needle) return true
  return [germanWithArticle(word), word.glosses[lng], word.note].some((field) =>
    foldText(field).includes(needle),
  )
}

function matchesStatus(status: StoredStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true
  if (filter === 'active') return status !== 'ignored'
  return status === filter
}

export function filterRows(rows: readonly WordRow[], filter: WordFilter, lng: Language): WordRow[] {
  return rows.filter(
    ({ word }) =>
      matchesStatus(word.status, filter.status) &&
      (!filter.text || word.source?.slug === filter.text) &&
      matchesQuery(word, filter.query, lng),
  )
}

const german = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** A sorted copy. Words without a next review come last when sorting by review. */
export function sortRows(rows: readonly WordRow[], sort: WordSort): WordRow[] {
  const byLemma = (a: WordRow, b: WordRow) => german.compare(a.word.lemma, b.word.lemma)
  const compare: Record<WordSort, (a: WordRow, b: WordRow) => number> = {
    newest: (a, b) => b.word.addedAt - a.word.addedAt || byLemma(a, b),
    oldest: (a, b) => a.word.addedAt - b.word.addedAt || byLemma(a, b),
    german: byLemma,
    review: (a, b) => (a.nextDue ?? Infinity) - (b.nextDue ?? Infinity) || byLemma(a, b),
  }
  return [...rows].sort(compare[sort])
}

/** The texts words were saved from, for the text filter, by title. */
export function sourceTexts(words: readonly WordRecord[]): { slug: string; title: string }[] {
  const texts = new Map<string, string>()
  for (const word of words) if (word.source) texts.set(word.source.slug, word.source.title)
  return [...texts]
    .map(([slug, title]) => ({ slug, title }))
    .sort((a, b) => german.compare(a.title, b.title))
}

const actionFor = { learning: 'save', known: 'known', ignored: 'ignore' } as const

/**
 * The store action that moves a word to `status`, or undefined when it already has it:
 * acting with the current status would reset the word to new and delete its record.
 */
export function statusAction(
  word: WordRecord,
  status: StoredStatus,
): (typeof actionFor)[StoredStatus] | undefined {
  return word.status === status ? undefined : actionFor[status]
}

/** What `store.act` needs to change a stored word's status. */
export function changeOf(word: WordRecord): StatusChange {
  const { key, sense, lemma, pos, gender, glosses, source } = word
  return {
    key,
    sense: { sense, lemma, pos, glosses, ...(gender ? { gender } : {}) },
    ...(source ? { source } : {}),
  }
}
