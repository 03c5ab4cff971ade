import type { CardKind, SenseInfo, StoredStatus, WordRecord, WordStatus } from './types'
import { clozeOf } from './cloze'

export type StatusAction = 'save' | 'known' | 'ignore' | 'reset'

/** The status a lemma has in the reader's records; no record means new. */
export function statusOf(
  records: ReadonlyMap<string, Pick<WordRecord, 'status'>>,
  key: string,
): WordStatus {
  return records.get(key)?.status ?? 'new'
}

const statusFor: Record<Exclude<StatusAction, 'reset'>, StoredStatus> = {
  save: 'learning',
  known: 'known',
  ignore: 'ignored',
}

/**
 * The record after a popup action. Pressing the status a word already has takes it back to
 * new (undefined: the record goes), so each button also undoes itself.
 */
export function applyAction(
  existing: WordRecord | undefined,
  action: StatusAction,
  change: { key: string; sense: SenseInfo; source?: WordRecord['source']; now: number },
): WordRecord | undefined {
  if (action === 'reset') return undefined
  const status = statusFor[action]
  if (existing?.status === status) return undefined
  if (existing) {
    // A word saved again from a new place keeps its first sentence and note.
    return {
      ...existing,
      status,
      source: existing.source ?? change.source,
      updatedAt: change.now,
    }
  }
  return {
    ...change.sense,
    key: change.key,
    status,
    ...(change.source ? { source: change.source } : {}),
    note: '',
    addedAt: change.now,
    updatedAt: change.now,
  }
}

/** Only words being learned are reviewed; a known or ignored word's cards wait. */
export function isReviewed(status: WordStatus): boolean {
  return status === 'learning'
}

/** The card kinds a saved word gets: a cloze needs its sentence, der/die/das a singular noun. */
export function cardKindsFor(word: WordRecord): CardKind[] {
  const kinds: CardKind[] = ['meaning', 'german']
  if (word.source && clozeOf(word.source.sentence, word.source.forms)) kinds.push('cloze')
  if (word.pos === 'noun' && word.gender && word.gender !== 'pl') kinds.push('article')
  return kinds
}
