import { recordChange } from '@/lib/sync/changes'
import { formatStamp, tick, type Clock } from '@/lib/sync/hlc'
import { envelopeOf, metaOf, refOf } from '@/lib/sync/local'
import type { SyncedTable } from '@/lib/sync/registry'
import { toBase64Url } from '@/lib/sync/base64url'
import type { LearningDb } from './db'

const DEVICE_ID_BYTES = 16
export const CLOCK = 'clock'
export const DEVICE = 'device'

/** The sync tables a writing transaction must include, beside the ones it writes. */
export const syncLogTables = (db: LearningDb) => [db.syncRecords, db.syncState]

/** This device's id (22 base64url characters), made the first time it is asked for. */
export async function deviceId(db: LearningDb): Promise<string> {
  const row = await db.syncState.get(DEVICE)
  if (typeof row?.value === 'string') return row.value
  const id = toBase64Url(crypto.getRandomValues(new Uint8Array(DEVICE_ID_BYTES)))
  await db.syncState.put({ name: DEVICE, value: id })
  return id
}

/** The next stamp of this device's clock, kept in the database across tabs and restarts. */
export async function nextStamp(db: LearningDb, now: number): Promise<string> {
  const device = await deviceId(db)
  const stored = (await db.syncState.get(CLOCK))?.value as Clock | undefined
  const clock = tick(stored ?? { wall: 0, counter: 0 }, now)
  await db.syncState.put({ name: CLOCK, value: clock })
  return formatStamp(clock, device)
}

export interface Change<R> {
  key: string
  before: R | undefined
  /** The record as written; undefined when deleted. */
  after: R | undefined
}

/**
 * Records local writes for sync, inside the writing transaction (which must include
 * `syncLogTables`): each changed group gets a stamp, and the record goes into the outbox.
 * Whether or not sync is on: then turning it on later needs nothing but a first push.
 */
export async function logChanges<R>(
  db: LearningDb,
  table: SyncedTable<R>,
  changes: readonly Change<R>[],
  now: number,
): Promise<void> {
  if (changes.length === 0) return
  const refs = changes.map((change) => refOf(table.name, change.key))
  const rows = await db.syncRecords.bulkGet(refs)
  const stamp = await nextStamp(db, now)
  const updates = changes.flatMap((change, index) => {
    const previous = envelopeOf(table, change.key, rows[index]?.meta, change.before)
    const next = recordChange(table, change.key, previous, change.after, stamp)
    return next
      ? [{ ref: refs[index]!, meta: metaOf(next, change.after !== undefined), pending: 1 as const }]
      : []
  })
  await db.syncRecords.bulkPut(updates)
}
