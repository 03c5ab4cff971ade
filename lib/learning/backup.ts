import { parseJsonFile } from '@/lib/validation/browserZod'
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from './schema'
import type { CardRecord, ReviewRecord, WordRecord } from './types'

export interface LearningData {
  words: WordRecord[]
  cards: CardRecord[]
  reviews: ReviewRecord[]
}

export function makeBackup(data: LearningData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...data,
  }
}

export class BackupError extends Error {
  override name = 'BackupError'
}

/** Reads a backup file's text; a clear error names what is wrong and where. */
export function parseBackup(text: string): Backup {
  return parseJsonFile(text, backupSchema, (message) => new BackupError(message))
}

export interface MergePlan extends LearningData {
  counts: { words: number; cards: number; reviews: number }
}

/**
 * What importing a backup changes: a record is taken when it is new here or newer than
 * ours, so importing the same file twice, or an older one, changes nothing.
 */
export function planMerge(current: LearningData, incoming: LearningData): MergePlan {
  const words = new Map(current.words.map((word) => [word.key, word]))
  const cards = new Map(current.cards.map((card) => [card.id, card]))
  const reviews = new Set(current.reviews.map((review) => review.id))

  const takeWords = incoming.words.filter((word) => {
    const ours = words.get(word.key)
    return !ours || word.updatedAt > ours.updatedAt
  })
  const takeCards = incoming.cards.filter((card) => {
    const ours = cards.get(card.id)
    return !ours || (card.lastReview ?? -1) > (ours.lastReview ?? -1)
  })
  const takeReviews = incoming.reviews.filter((review) => !reviews.has(review.id))
  return {
    words: takeWords,
    cards: takeCards,
    reviews: takeReviews,
    counts: { words: takeWords.length, cards: takeCards.length, reviews: takeReviews.length },
  }
}
