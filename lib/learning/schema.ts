import { z } from 'zod'
import { languages } from '@/i18n/settings'
import { genders, partsOfSpeech } from '@/lib/vocabulary/grammar'
import { cardKinds, type CardRecord, type ReviewRecord, type WordRecord } from './types'

// These schemas run in the browser under a CSP without 'unsafe-eval'. Zod compiles object
// parsers with new Function unless told not to, and its probe alone is reported as a violation.
z.config({ jitless: true })

/** A personal note's length limit: the store cuts longer ones, so a record stays valid. */
export const NOTE_MAX_LENGTH = 10_000

const text = z.string().min(1)
const time = z.number().int().nonnegative()
const count = z.number().int().nonnegative()

const glosses = z.object(
  Object.fromEntries(languages.map((lng) => [lng, z.string()])) as Record<
    (typeof languages)[number],
    z.ZodString
  >,
)

export const wordRecordSchema = z.object({
  key: text,
  sense: text,
  lemma: text,
  pos: z.enum(partsOfSpeech),
  gender: z.enum(genders).optional(),
  glosses,
  status: z.enum(['learning', 'known', 'ignored']),
  source: z
    .object({
      slug: text,
      title: z.string(),
      block: count,
      sentence: z.string(),
      forms: z.array(z.string()),
      translation: z.string(),
    })
    .optional(),
  note: z.string().max(NOTE_MAX_LENGTH),
  addedAt: time,
  updatedAt: time,
}) satisfies z.ZodType<WordRecord>

export const cardRecordSchema = z.object({
  id: text,
  word: text,
  kind: z.enum(cardKinds),
  due: time,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  lastReview: time.optional(),
}) satisfies z.ZodType<CardRecord>

export const reviewRecordSchema = z.object({
  id: text,
  card: text,
  rating: z.number().int().min(0).max(4),
  state: z.number().int().min(0).max(3),
  due: time,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().nonnegative(),
  lastElapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: count,
  review: time,
  durationMs: count,
}) satisfies z.ZodType<ReviewRecord>

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
