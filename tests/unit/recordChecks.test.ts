import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCardRecord, isWordRecord } from '@/lib/learning/recordChecks'
import { cardRecordSchema, wordRecordSchema } from '@/lib/learning/schema'
import { NOTE_MAX_LENGTH } from '@/lib/learning/types'

// Values near each rule's edges: empty strings, negatives, fractions, unsafe integers,
// infinities, wrong types, the note's length limit.
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    'meaning',
    'article',
    3,
    4,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    'x',
    'noun',
    'verb',
    'm',
    'learning',
    'known',
    'ignored',
    'new',
    'machine',
    'reader',
    0,
    -1,
    1.5,
    2 ** 53,
    null,
    undefined,
    [],
    {},
    ['a'],
    [1],
  ),
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.constant('n'.repeat(NOTE_MAX_LENGTH + 1)),
)

const validRecord = {
  key: 'Gipfel',
  sense: 'Gipfel',
  lemma: 'Gipfel',
  pos: 'noun',
  gender: 'm',
  glosses: { en: 'summit', de: 'Spitze' },
  status: 'learning',
  source: {
    slug: 'alaska-gipfel',
    title: 'Gipfel in Alaska',
    block: 1,
    sentence: 'Der Gipfel.',
    forms: ['Gipfel'],
    translation: 'The summit.',
    translationBy: 'machine',
  },
  note: '',
  addedAt: 1,
  updatedAt: 2,
}

const validCard = {
  id: 'Gipfel|meaning',
  word: 'Gipfel',
  kind: 'meaning',
  due: 5,
  stability: 0.5,
  difficulty: 4.2,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
  lastReview: 3,
}

/** A valid card with some fields replaced or removed. */
const mutatedCard = fc
  .record({
    fields: fc.dictionary(fc.constantFrom(...Object.keys(validCard)), anyValue, { maxKeys: 2 }),
    drop: fc.subarray(Object.keys(validCard)),
  })
  .map(({ fields, drop }) => {
    const card: Record<string, unknown> = { ...validCard, ...fields }
    for (const field of drop) delete card[field]
    return card
  })

/** A valid record with some fields, nested ones included, replaced or removed. */
const mutatedRecord = fc
  .record({
    top: fc.dictionary(fc.constantFrom(...Object.keys(validRecord)), anyValue, { maxKeys: 2 }),
    source: fc.dictionary(fc.constantFrom(...Object.keys(validRecord.source)), anyValue, {
      maxKeys: 2,
    }),
    glosses: fc.dictionary(fc.constantFrom('en', 'de', 'fr'), anyValue, { maxKeys: 2 }),
    drop: fc.subarray(Object.keys(validRecord)),
  })
  .map(({ top, source, glosses, drop }) => {
    const record: Record<string, unknown> = {
      ...validRecord,
      source: { ...validRecord.source, ...source },
      glosses: { ...validRecord.glosses, ...glosses },
      ...top,
    }
    for (const field of drop) delete record[field]
    return record
  })

describe('isWordRecord', () => {
  it('accepts a whole record, and one without its optional fields', () => {
    expect(isWordRecord(validRecord)).toBe(true)
    const bare: Record<string, unknown> = { ...validRecord }
    delete bare.gender
    delete bare.source
    expect(isWordRecord(bare)).toBe(true)
  })

  it('judges every record as wordRecordSchema does', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedRecord, anyValue), (value) => {
        expect(isWordRecord(value)).toBe(wordRecordSchema.safeParse(value).success)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('isCardRecord', () => {
  it('accepts a whole card, and one never reviewed', () => {
    expect(isCardRecord(validCard)).toBe(true)
    const unreviewed: Record<string, unknown> = { ...validCard }
    delete unreviewed.lastReview
    expect(isCardRecord(unreviewed)).toBe(true)
  })

  it('judges every card as cardRecordSchema does', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCard, anyValue), (value) => {
        expect(isCardRecord(value)).toBe(cardRecordSchema.safeParse(value).success)
      }),
      { numRuns: 3000 },
    )
  })
})
