import { createEmptyCard, fsrs, Rating, type Card, type Grade, type ReviewLog } from 'ts-fsrs'
import type { CardKind, CardRecord, ReviewRecord } from './types'

export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const
export type GradeName = 'again' | 'hard' | 'good' | 'easy'
export const gradeNames: Record<Grade, GradeName> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
}

// Fuzz spreads cards saved together over neighbouring days; the default 90% retention.
const scheduler = fsrs({ enable_fuzz: true })

function toCard(record: CardRecord): Card {
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: record.elapsedDays,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
    ...(record.lastReview === undefined ? {} : { last_review: new Date(record.lastReview) }),
  }
}

function fromCard(card: Card, id: string, word: string, kind: CardKind): CardRecord {
  return {
    id,
    word,
    kind,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  }
}

export function cardId(word: string, kind: CardKind): string {
  return `${word}|${kind}`
}

/** A card never reviewed, due at once. */
export function newCard(word: string, kind: CardKind, now: number): CardRecord {
  return fromCard(createEmptyCard(new Date(now)), cardId(word, kind), word, kind)
}

function toReview(log: ReviewLog, card: string, durationMs: number, id: string): ReviewRecord {
  return {
    id,
    card,
    rating: log.rating,
    state: log.state,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review.getTime(),
    durationMs,
  }
}

/** Where each of the four answers would send the card: their due dates, for the buttons. */
export function previewDue(record: CardRecord, now: number): Record<GradeName, number> {
  const preview = scheduler.repeat(toCard(record), new Date(now))
  return {
    again: preview[Rating.Again].card.due.getTime(),
    hard: preview[Rating.Hard].card.due.getTime(),
    good: preview[Rating.Good].card.due.getTime(),
    easy: preview[Rating.Easy].card.due.getTime(),
  }
}

/** Rates a card: its next state and the log of this answer. */
export function rateCard(
  record: CardRecord,
  grade: Grade,
  now: number,
  options: { durationMs: number; reviewId: string },
): { card: CardRecord; review: ReviewRecord } {
  const { card, log } = scheduler.next(toCard(record), new Date(now), grade)
  return {
    card: fromCard(card, record.id, record.word, record.kind),
    review: toReview(log, record.id, options.durationMs, options.reviewId),
  }
}

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year'

/** An interval as one rounded unit, as review buttons show it: 10 minutes, 3 days, 2 months. */
export function roundInterval(ms: number): { value: number; unit: IntervalUnit } {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 60) return { value: minutes, unit: 'minute' }
  const hours = Math.round(minutes / 60)
  if (hours < 24) return { value: hours, unit: 'hour' }
  const days = Math.round(hours / 24)
  if (days < 31) return { value: days, unit: 'day' }
  if (days < 365) return { value: Math.round(days / 30.4), unit: 'month' }
  return { value: Math.round((days / 365) * 10) / 10, unit: 'year' }
}

/**
 * A card's state from its review log alone: each answer applied in order, as it was when
 * given. FSRS (with its fuzz seeded by the review) is deterministic, so two devices that hold
 * the same log compute the same card; undefined when the card has no reviews.
 */
export function replayCard(
  word: string,
  kind: CardKind,
  reviews: readonly ReviewRecord[],
): CardRecord | undefined {
  const ordered = [...reviews].sort((a, b) => a.review - b.review || (a.id < b.id ? -1 : 1))
  const first = ordered[0]
  if (!first) return undefined
  let card = newCard(word, kind, first.review)
  for (const review of ordered) {
    card = rateCard(card, review.rating as Grade, review.review, {
      durationMs: review.durationMs,
      reviewId: review.id,
    }).card
  }
  return card
}
