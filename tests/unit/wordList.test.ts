import { describe, expect, it } from 'vitest'
import { applyAction } from '@/lib/learning/status'
import type { CardRecord, WordRecord } from '@/lib/learning/types'
import {
  changeOf,
  filterRows,
  foldText,
  matchesQuery,
  sortRows,
  sourceTexts,
  statusAction,
  toRows,
  type WordFilter,
} from '@/lib/learning/wordList'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 25, 9)

function word(key: string, overrides: Partial<WordRecord> = {}): WordRecord {
  return {
    key,
    sense: key,
    lemma: key,
    pos: 'verb',
    glosses: { en: `${key} (en)`, de: `${key} (de)` },
    status: 'learning',
    note: '',
    addedAt: NOW,
    updatedAt: NOW,
    ...overrides,
  }
}

function card(wordKey: string, kind: CardRecord['kind'], due: number): CardRecord {
  return {
    id: `${wordKey}|${kind}`,
    word: wordKey,
    kind,
    due,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  }
}

const source = (slug: string, title: string) => ({
  slug,
  title,
  block: 0,
  sentence: 'Ein Satz.',
  forms: [],
  translation: 'A sentence.',
})

const gipfel = word('Gipfel', {
  pos: 'noun',
  gender: 'm',
  glosses: { en: 'summit', de: 'Treffen der Regierungschefs' },
  note: 'Bergspitze, auch politisch',
  source: source('alaska-gipfel', 'Gipfel in Alaska'),
  addedAt: NOW - 2 * DAY,
})
const ueber = word('überraschen', {
  glosses: { en: 'to surprise', de: 'unerwartet kommen' },
  source: source('wahl', 'Die Wahl'),
  addedAt: NOW - DAY,
  status: 'known',
})
const cafe = word('Café', {
  pos: 'noun',
  gender: 'n',
  glosses: { en: 'café', de: 'Kaffeehaus' },
  addedAt: NOW,
  status: 'ignored',
})
const all = [gipfel, ueber, cafe]

describe('toRows', () => {
  it('gives a learning word the earliest due date of its cards', () => {
    const rows = toRows(
      [gipfel],
      [card('Gipfel', 'meaning', NOW + DAY), card('Gipfel', 'german', NOW - DAY)],
    )
    expect(rows).toEqual([{ word: gipfel, nextDue: NOW - DAY }])
  })

  it('gives known and ignored words, and words without cards, no next review', () => {
    const rows = toRows([ueber, cafe, word('ohne')], [card('überraschen', 'meaning', NOW)])
    expect(rows.map((row) => row.nextDue)).toEqual([undefined, undefined, undefined])
  })
})

describe('search', () => {
  it('folds case, accents and umlauts', () => {
    expect(foldText('ÜBER Café')).toBe('uber cafe')
  })

  it('finds the lemma with its article, the gloss in the interface language and the note', () => {
    expect(matchesQuery(gipfel, 'der gip', 'en')).toBe(true)
    expect(matchesQuery(gipfel, 'SUMMIT', 'en')).toBe(true)
    expect(matchesQuery(gipfel, 'summit', 'de')).toBe(false)
    expect(matchesQuery(gipfel, 'regierungschefs', 'de')).toBe(true)
    expect(matchesQuery(gipfel, 'politisch', 'en')).toBe(true)
    expect(matchesQuery(ueber, 'uberr', 'en')).toBe(true)
    expect(matchesQuery(cafe, 'cafe', 'en')).toBe(true)
    expect(matchesQuery(gipfel, 'banana', 'en')).toBe(false)
  })

  it('matches everything with an empty or blank query', () => {
    expect(matchesQuery(gipfel, '   ', 'en')).toBe(true)
  })
})

describe('filterRows', () => {
  const rows = toRows(all, [])
  const keys = (filter: Partial<WordFilter>) =>
    filterRows(rows, { query: '', text: '', status: 'all', ...filter }, 'en').map(
      (row) => row.word.key,
    )

  it('hides ignored words unless asked for them', () => {
    expect(keys({ status: 'active' })).toEqual(['Gipfel', 'überraschen'])
    expect(keys({ status: 'ignored' })).toEqual(['Café'])
    expect(keys({ status: 'known' })).toEqual(['überraschen'])
    expect(keys({ status: 'all' })).toEqual(['Gipfel', 'überraschen', 'Café'])
  })

  it('filters by text, leaving out words saved without one', () => {
    expect(keys({ text: 'wahl' })).toEqual(['überraschen'])
    expect(keys({ text: '' })).toHaveLength(3)
  })

  it('combines search, text and status', () => {
    expect(keys({ query: 'sur', status: 'active' })).toEqual(['überraschen'])
    expect(keys({ query: 'sur', status: 'learning' })).toEqual([])
  })
})

describe('sortRows', () => {
  const rows = toRows(all, [card('Gipfel', 'meaning', NOW + DAY)])
  const order = (sort: Parameters<typeof sortRows>[1]) =>
    sortRows(rows, sort).map((row) => row.word.key)

  it('sorts by date added both ways', () => {
    expect(order('newest')).toEqual(['Café', 'überraschen', 'Gipfel'])
    expect(order('oldest')).toEqual(['Gipfel', 'überraschen', 'Café'])
  })

  it('sorts German the German way, umlauts beside their vowels', () => {
    const words = ['Zug', 'über', 'Apfel', 'Uhr', 'ändern'].map((key) => word(key))
    expect(sortRows(toRows(words, []), 'german').map((row) => row.word.key)).toEqual([
      'ändern',
      'Apfel',
      'über',
      'Uhr',
      'Zug',
    ])
  })

  it('puts the next review first and words without one last, A–Z', () => {
    expect(order('review')).toEqual(['Gipfel', 'Café', 'überraschen'])
  })

  it('does not change its input', () => {
    sortRows(rows, 'german')
    expect(rows.map((row) => row.word.key)).toEqual(['Gipfel', 'überraschen', 'Café'])
  })
})

describe('sourceTexts', () => {
  it('lists each text once, by title', () => {
    const again = word('Einigung', { source: source('alaska-gipfel', 'Gipfel in Alaska') })
    expect(sourceTexts([...all, again])).toEqual([
      { slug: 'wahl', title: 'Die Wahl' },
      { slug: 'alaska-gipfel', title: 'Gipfel in Alaska' },
    ])
  })
})

describe('status changes', () => {
  it('never acts with the status a word already has, which would delete it', () => {
    expect(statusAction(gipfel, 'learning')).toBeUndefined()
    expect(statusAction(gipfel, 'known')).toBe('known')
    expect(statusAction(ueber, 'learning')).toBe('save')
    expect(statusAction(ueber, 'ignored')).toBe('ignore')
  })

  it('moves a word between statuses and keeps its note, sentence and date', () => {
    const action = statusAction(gipfel, 'known')!
    const next = applyAction(gipfel, action, { ...changeOf(gipfel), now: NOW + DAY })
    expect(next).toEqual({ ...gipfel, status: 'known', updatedAt: NOW + DAY })
  })

  it('describes the sense without fields the word does not have', () => {
    expect(changeOf(ueber).sense).toEqual({
      sense: 'überraschen',
      lemma: 'überraschen',
      pos: 'verb',
      glosses: ueber.glosses,
    })
    expect(changeOf(cafe)).not.toHaveProperty('source')
  })
})
