import type { CardRecord, ReviewRecord, WordRecord } from '@/lib/learning/types'
import { reconcileCard } from './cards'
import { recordChange, materialize } from './changes'
import type { Envelope } from './envelope'
import { refOf } from './local'
import { mergeIncoming } from './merge'
import { syncedTable, syncedTables, type SyncedTable } from './registry'

/** What applying a pulled record changes on this device. */
export interface LocalWrite {
  table: string
  key: string
  envelope: Envelope
  /** The record to store; undefined deletes it (or leaves it, when `newer`). */
  record: unknown
  /** A newer app wrote it: kept as it came, the local record left alone. */
  newer: boolean
  /** The merge holds more than the server has: push it. */
  push: boolean
}

export interface PulledBatch {
  /** Decrypted envelopes, in any order. */
  pulled: readonly Envelope[]
  /** This device's envelopes of those records (and of the cards' words). */
  local: ReadonlyMap<string, Envelope>
  /** This device's review log of the cards pulled. */
  reviews: readonly ReviewRecord[]
  /** A fresh local stamp, for a card recomputed here. */
  nextStamp: () => string
}

const order = new Map(syncedTables.map((table, index) => [table.name as string, index]))

/**
 * Merges a pulled batch into this device's copies. Reviews go first, so that a card two
 * devices answered apart is recomputed from a log that holds every answer of the batch.
 * Records of tables this app does not know (a later feature's) are skipped: a later app
 * re-sends them in full to any device that knows them.
 */
export function applyPulled(batch: PulledBatch): LocalWrite[] {
  const writes = new Map<string, LocalWrite>()
  const log = new Map(batch.reviews.map((review) => [review.id, review]))
  const current = (ref: string) => writes.get(ref)?.envelope ?? batch.local.get(ref)
  const sorted = [...batch.pulled]
    .filter((envelope) => order.has(envelope.t))
    .sort((a, b) => order.get(a.t)! - order.get(b.t)!)
  for (const remote of sorted) {
    const table = syncedTable(remote.t)!
    const ref = refOf(remote.t, remote.k)
    const local = current(ref)
    const { merged, changed, push } = mergeIncoming(local, remote)
    if (!changed && !push) continue
    const write = toWrite(table, merged, push)
    if (table.name === 'reviews' && write.record) {
      const review = write.record as ReviewRecord
      log.set(review.id, review)
    }
    if (table.name === 'cards') {
      const word = current(refOf('words', (write.record as CardRecord | undefined)?.word ?? ''))
      const addedAt = word
        ? (materialize(syncedTable('words')!, word).record as WordRecord | undefined)?.addedAt
        : undefined
      // Which answers count depends on when the word was saved: a card whose word this device
      // does not hold (deleted, or not pulled yet) is left to the merge, and a device that
      // holds the word recomputes it. Recomputed from whatever this device held at the time,
      // with a fresh stamp, the card depended on the order the devices synced in.
      const replayed =
        addedAt === undefined
          ? undefined
          : reconcileCard(
              local && (materialize(table, local).record as CardRecord | undefined),
              materialize(table, remote).record as CardRecord | undefined,
              write.record as CardRecord | undefined,
              [...log.values()],
              addedAt,
            )
      const recomputed =
        replayed && recordChange(table, remote.k, merged, replayed, batch.nextStamp())
      if (recomputed) {
        writes.set(ref, toWrite(table, recomputed, true))
        continue
      }
    }
    if (changed || push) writes.set(ref, write)
  }
  return [...writes.values()]
}

function toWrite(table: SyncedTable, envelope: Envelope, push: boolean): LocalWrite {
  const { record, newer } = materialize(table, envelope)
  return { table: table.name, key: envelope.k, envelope, record, newer, push }
}
