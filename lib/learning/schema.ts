import '@/lib/validation/browserZod'
import * as z from 'zod/mini'
import { languages } from '@/i18n/settings'
import { genders, partsOfSpeech } from '@/lib/vocabulary/grammar'
import {
  cardKinds,
  NOTE_MAX_LENGTH,
  translationMakers,
  type CardRecord,
  type ReviewRecord,
  type WordRecord,
} from './types'

const text = z.string().check(z.minLength(1))
const time = z.int().check(z.nonnegative())
const count = z.int().check(z.nonnegative())
const amount = z.number().check(z.nonnegative())
const state = z.int().check(z.minimum(0), z.maximum(3))

const glosses = z.object(
  Object.fromEntries(languages.map((lng) => [lng, z.string()])) as Record<
    (typeof languages)[number],
    z.ZodMiniString
  >,
)

export const wordRecordSchema = z.object({
  key: text,
  sense: text,
  lemma: text,
  pos: z.enum(partsOfSpeech),
  gender: z.optional(z.enum(genders)),
  glosses,
  status: z.enum(['learning', 'known', 'ignored']),
  source: z.optional(
    z.object({
      slug: text,
      title: z.string(),
      block: count,
      sentence: z.string(),
      forms: z.array(z.string()),
      translation: z.string(),
      translationBy: z.optional(z.enum(translationMakers)),
    }),
  ),
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
  addedAt: time,
  updatedAt: time,
}) satisfies z.ZodMiniType<WordRecord>

export const cardRecordSchema = z.object({
  id: text,
  word: text,
  kind: z.enum(cardKinds),
  due: time,
  stability: amount,
  difficulty: amount,
  elapsedDays: amount,
  scheduledDays: amount,
  learningSteps: count,
  reps: count,
  lapses: count,
  state,
  lastReview: z.optional(time),
}) satisfies z.ZodMiniType<CardRecord>

export const reviewRecordSchema = z.object({
  id: text,
  card: text,
  rating: z.int().check(z.minimum(0), z.maximum(4)),
  state,
  due: time,
  stability: amount,
  difficulty: amount,
  elapsedDays: amount,
  lastElapsedDays: amount,
  scheduledDays: amount,
  learningSteps: count,
  review: time,
  durationMs: count,
}) satisfies z.ZodMiniType<ReviewRecord>

export const BACKUP_FORMAT = 'zweiklang-backup'
export const BACKUP_VERSION = 1

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  words: z.array(wordRecordSchema),
  cards: z.array(cardRecordSchema),
  reviews: z.array(reviewRecordSchema),
})
export type Backup = z.infer<typeof backupSchema>
