import { replayCard } from '@/lib/learning/schedule'
import type { CardRecord, ReviewRecord } from '@/lib/learning/types'

/**
 * The card after a merge. When this device's card and the pulled one went different ways
 * (both devices answered it offline, so neither knows all its answers), the card is
 * recomputed from the merged review log: the answers since the word was saved, every one of
 * them. Otherwise the merged card stands. Undefined when nothing needs recomputing.
 */
export function reconcileCard(
  local: CardRecord | undefined,
  remote: CardRecord | undefined,
  merged: CardRecord | undefined,
  log: readonly ReviewRecord[],
  wordAddedAt: number,
): CardRecord | undefined {
  if (!local || !remote || !merged || local.lastReview === remote.lastReview) return undefined
  const history = log.filter((review) => review.card === merged.id && review.review >= wordAddedAt)
  const replayed = replayCard(merged.word, merged.kind, history)
  return replayed && JSON.stringify(replayed) !== JSON.stringify(merged) ? replayed : undefined
}
