import { languages } from '@/i18n/settings'
import { genders, partsOfSpeech } from '@/lib/vocabulary/grammar'
import {
  cardKinds,
  NOTE_MAX_LENGTH,
  translationMakers,
  type CardRecord,
  type WordRecord,
} from './types'

// The rules of wordRecordSchema and cardRecordSchema, by hand: the reader checks every stored
// word for its marks and the header every due card for its count, and zod (17 KB gzip) would
// load on every page for that alone. A property test holds each pair to the same verdicts.

type Check = (value: unknown) => boolean

const storedStatuses: readonly unknown[] = ['learning', 'known', 'ignored']

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isString: Check = (value) => typeof value === 'string'
const isText: Check = (value) => isString(value) && (value as string).length > 0
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0
const isAmount: Check = (value) => Number.isFinite(value) && (value as number) >= 0
/** FSRS's card states: new, learning, review, relearning. */
const isState: Check = (value) => isCount(value) && (value as number) <= 3
const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value)
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value)
const shaped =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isObject(value) && Object.entries(fields).every(([name, check]) => check(value[name]))

const wordRecordFields: Record<string, Check> = {
  key: isText,
  sense: isText,
  lemma: isText,
  pos: oneOf(partsOfSpeech),
  gender: optional(oneOf(genders)),
  glosses: shaped(Object.fromEntries(languages.map((lng) => [lng, isString]))),
  status: oneOf(storedStatuses),
  source: optional(
    shaped({
      slug: isText,
      title: isString,
      block: isCount,
      sentence: isString,
      forms: (value) => Array.isArray(value) && value.every(isString),
      translation: isString,
      translationBy: optional(oneOf(translationMakers)),
    }),
  ),
  note: (value) => isString(value) && (value as string).length <= NOTE_MAX_LENGTH,
  addedAt: isCount,
  updatedAt: isCount,
}

/** Whether a stored row is a readable word record, as wordRecordSchema would judge it. */
export const isWordRecord = shaped(wordRecordFields) as (value: unknown) => value is WordRecord

const cardRecordFields: Record<string, Check> = {
  id: isText,
  word: isText,
  kind: oneOf(cardKinds),
  due: isCount,
  stability: isAmount,
  difficulty: isAmount,
  elapsedDays: isAmount,
  scheduledDays: isAmount,
  learningSteps: isCount,
  reps: isCount,
  lapses: isCount,
  state: isState,
  lastReview: optional(isCount),
}

/** Whether a stored row is a readable card record, as cardRecordSchema would judge it. */
export const isCardRecord = shaped(cardRecordFields) as (value: unknown) => value is CardRecord
