import { liveQuery } from 'dexie'
import type { ReviewRecord } from '@/lib/learning/types'
import { applyPulled } from '@/lib/sync/apply'
import type { Envelope } from '@/lib/sync/envelope'
import { parseStamp, receive, type Clock } from '@/lib/sync/hlc'
import { envelopeOf, metaOf, refOf, type SyncMeta } from '@/lib/sync/local'
import { syncedTable, syncedTables, type SyncedTable } from '@/lib/sync/registry'
import { deletedWhileAway } from '@/lib/sync/resync'
import type { LearningDb, SyncRecordRow } from './db'
import { guarded, toStorageError, type StorageError } from './storageError'
import { CLOCK, deviceId, nextStamp } from './syncLog'

/** The space this device syncs with: the sync key, kept on the device like the data it opens. */
export interface SpaceSettings {
  /** The sync key, base64url. */
  key: string
  /** When this device turned sync on or joined. */
  since: number
}

/** How the last attempt went, for the sync page. */
export interface SyncOutcome {
  at: number
  /** An error code of the protocol, or `offline`, `unreadable`; absent when it went well. */
  error?: string
}

const SPACE = 'space'
const CURSOR = 'cursor'
const OUTCOME = 'outcome'
const LAST_SYNC = 'lastSync'
const ROTATE_FROM = 'rotateFrom'
const TOO_LARGE = 2

/** A record waiting to be pushed, as it is now. */
export interface Outgoing {
  ref: string
  envelope: Envelope
  deleted: boolean
  /** The stamps pushed: the record leaves the outbox only if they are still its stamps. */
  meta: SyncMeta
}

const splitRef = (ref: string) => ref.split('\u0000') as [string, string]

/** The Dexie key of a record: a chapter's is its book and index. */
function dexieKey(table: string, key: string): string | [string, number] {
  if (table !== 'chapters') return key
  const at = key.lastIndexOf('|')
  return [key.slice(0, at), Number(key.slice(at + 1))]
}

/** The sync engine's view of the local database: its state, its outbox, applying pulls. */
export class SyncStore {
  constructor(readonly db: LearningDb) {}

  private async get<T>(name: string): Promise<T | undefined> {
    return (await this.db.syncState.get(name))?.value as T | undefined
  }
  private put(name: string, value: unknown) {
    return this.db.syncState.put({ name, value })
  }

  device(): Promise<string> {
    return guarded(() => this.db.transaction('rw', this.db.syncState, () => deviceId(this.db)))
  }
  space(): Promise<SpaceSettings | undefined> {
    return guarded(() => this.get<SpaceSettings>(SPACE))
  }
  cursor(): Promise<number> {
    return guarded(async () => (await this.get<number>(CURSOR)) ?? 0)
  }
  setCursor(cursor: number) {
    return guarded(() => this.put(CURSOR, cursor))
  }
  outcome(): Promise<SyncOutcome | undefined> {
    return guarded(() => this.get<SyncOutcome>(OUTCOME))
  }
  lastSync(): Promise<number | undefined> {
    return guarded(() => this.get<number>(LAST_SYNC))
  }
  async setOutcome(outcome: SyncOutcome) {
    await guarded(async () => {
      await this.put(OUTCOME, outcome)
      if (!outcome.error) await this.put(LAST_SYNC, outcome.at)
    })
  }

  /**
   * Starts syncing with a space (new, joined, or under a rotated key): from its first
   * record, with every local record in the outbox, those written before sync included.
   */
  async enter(space: SpaceSettings | undefined) {
    await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.syncState, this.db.syncRecords, ...syncedTables.map((t) => this.db.table(t.name))],
        async () => {
          await this.db.syncState.bulkDelete([CURSOR, OUTCOME, LAST_SYNC])
          if (!space) return this.db.syncState.delete(SPACE)
          await this.put(SPACE, space)
          await this.queueEverything()
        },
      ),
    )
  }

  /**
   * Puts every local record into the outbox: for a new space, and after the server lost
   * records (restored from a backup older than what this device had pushed).
   */
  async requeueEverything() {
    await guarded(() =>
      this.db.transaction(
        'rw',
        [this.db.syncRecords, ...syncedTables.map((t) => this.db.table(t.name))],
        () => this.queueEverything(),
      ),
    )
  }

  private async queueEverything() {
    await this.db.syncRecords.toCollection().modify({ pending: 1 })
    for (const table of syncedTables as readonly SyncedTable[]) {
      const records = await this.db.table(table.name).toArray()
      const refs = records.map((record) => refOf(table.name, table.keyOf(record)))
      const rows = await this.db.syncRecords.bulkGet(refs)
      const fresh = records.flatMap((record, index) => {
        if (rows[index]) return []
        const envelope = envelopeOf(table, table.keyOf(record), undefined, record)!
        return [{ ref: refs[index]!, meta: metaOf(envelope, true), pending: 1 as const }]
      })
      await this.db.syncRecords.bulkPut(fresh)
    }
  }

  /** Up to `limit` records of the outbox, in the registry's order (a review before its card). */
  async outgoing(limit: number): Promise<Outgoing[]> {
    return guarded(async () => {
      const rows = await this.db.syncRecords.where('pending').equals(1).limit(limit).toArray()
      const order = (ref: string) => syncedTables.findIndex((t) => t.name === splitRef(ref)[0])
      rows.sort((a, b) => order(a.ref) - order(b.ref))
      const out: Outgoing[] = []
      for (const row of rows) {
        const [name, key] = splitRef(row.ref)
        const table = syncedTable(name)
        if (!table) continue
        const record = row.meta.values
          ? undefined
          : await this.db.table(name).get(dexieKey(name, key))
        const envelope = envelopeOf(table, key, row.meta, record)
        if (!envelope) continue
        out.push({
          ref: row.ref,
          envelope,
          deleted: envelope.g[table.existence]?.d === null,
          meta: row.meta,
        })
      }
      return out
    })
  }

  /** Takes pushed records out of the outbox, unless they changed while on their way. */
  async pushed(records: readonly Outgoing[]) {
    await guarded(() =>
      this.db.transaction('rw', this.db.syncRecords, async () => {
        const rows = await this.db.syncRecords.bulkGet(records.map((r) => r.ref))
        const done = rows.filter(
          (row, index): row is SyncRecordRow =>
            !!row && JSON.stringify(row.meta) === JSON.stringify(records[index]!.meta),
        )
        await this.db.syncRecords.bulkPut(done.map((row) => ({ ...row, pending: 0 as const })))
      }),
    )
  }

  /** Keeps records the server would refuse out of the outbox, until they change. */
  async setTooLarge(records: readonly Outgoing[]) {
    await guarded(() =>
      this.db.syncRecords.bulkUpdate(
        records.map((record) => ({ key: record.ref, changes: { pending: TOO_LARGE } })),
      ),
    )
  }

  /** How many records are too large to sync. */
  tooLargeCount(): Promise<number> {
    return guarded(() => this.db.syncRecords.where('pending').equals(TOO_LARGE).count())
  }

  /** The key of the space being left for a new key, until every record is under the new one. */
  rotatingFrom(): Promise<string | undefined> {
    return guarded(() => this.get<string>(ROTATE_FROM))
  }
  setRotatingFrom(key: string | undefined) {
    return guarded(async () => {
      if (key) await this.put(ROTATE_FROM, key)
      else await this.db.syncState.delete(ROTATE_FROM)
    })
  }

  /** How many records wait to be pushed. */
  watchPending(onChange: (count: number) => void, onError: (e: StorageError) => void) {
    const subscription = liveQuery(() =>
      this.db.syncRecords.where('pending').equals(1).count(),
    ).subscribe({ next: onChange, error: (error: unknown) => onError(toStorageError(error)) })
    return () => subscription.unsubscribe()
  }

  /**
   * Merges a pulled batch into the local records in one transaction, and puts what the
   * merge made beyond the server's copy into the outbox. Returns how many records changed.
   */
  async applyPulled(pulled: readonly Envelope[], now = Date.now()): Promise<number> {
    const tables = syncedTables.map((t) => this.db.table(t.name))
    return guarded(() =>
      this.db.transaction('rw', [...tables, this.db.syncRecords, this.db.syncState], async () => {
        const wanted = new Map<string, [string, string]>()
        for (const envelope of pulled) {
          if (!syncedTable(envelope.t)) continue
          wanted.set(refOf(envelope.t, envelope.k), [envelope.t, envelope.k])
          if (envelope.t === 'cards') {
            const word = envelope.k.slice(0, envelope.k.lastIndexOf('|'))
            wanted.set(refOf('words', word), ['words', word])
          }
        }
        const refs = [...wanted.keys()]
        const rows = await this.db.syncRecords.bulkGet(refs)
        const local = new Map<string, Envelope>()
        const records = new Map<string, unknown>()
        for (const [index, ref] of refs.entries()) {
          const [name, key] = wanted.get(ref)!
          const record: unknown = await this.db.table(name).get(dexieKey(name, key))
          records.set(ref, record)
          const envelope = envelopeOf(syncedTable(name)!, key, rows[index]?.meta, record)
          if (envelope) local.set(ref, envelope)
        }
        const cardIds = pulled.filter((e) => e.t === 'cards').map((e) => e.k)
        const reviews: ReviewRecord[] = cardIds.length
          ? await this.db.reviews.where('card').anyOf(cardIds).toArray()
          : []
        let clock = ((await this.db.syncState.get(CLOCK))?.value as Clock | undefined) ?? {
          wall: 0,
          counter: 0,
        }
        for (const envelope of pulled)
          for (const group of Object.values(envelope.g))
            clock = receive(clock, parseStamp(group.h), now)
        await this.db.syncState.put({ name: CLOCK, value: clock })
        const stamp = await nextStamp(this.db, now)
        const writes = applyPulled({ pulled, local, reviews, nextStamp: () => stamp })
        for (const write of writes) {
          const ref = refOf(write.table, write.key)
          const stored = write.record !== undefined && !write.newer
          const table = this.db.table(write.table)
          if (stored) await table.put(write.record)
          else if (!write.newer && records.get(ref) !== undefined)
            await table.delete(dexieKey(write.table, write.key))
          const pending = write.push ? 1 : ((rows[refs.indexOf(ref)]?.pending ?? 0) as 0 | 1)
          await this.db.syncRecords.put({ ref, meta: metaOf(write.envelope, stored), pending })
        }
        return writes.length
      }),
    )
  }

  /**
   * Ends a full resync after a `compacted` reset: removes the records this device had from
   * the server that the resync did not return (deleted elsewhere meanwhile), unless changed
   * here since. Returns how many went.
   */
  async removeDeletedWhileAway(returned: ReadonlySet<string>): Promise<number> {
    const tables = syncedTables.map((t) => this.db.table(t.name))
    return guarded(() =>
      this.db.transaction('rw', [...tables, this.db.syncRecords], async () => {
        const synced = await this.db.syncRecords.where('pending').equals(0).toArray()
        const gone = deletedWhileAway(synced, returned)
        for (const ref of gone) {
          const [name, key] = splitRef(ref)
          if (syncedTable(name)) await this.db.table(name).delete(dexieKey(name, key))
        }
        await this.db.syncRecords.bulkDelete(gone)
        return gone.length
      }),
    )
  }

  /** Records a newer app wrote, which this one keeps without showing: "update the app". */
  async heldCount(): Promise<number> {
    return guarded(async () => {
      const rows = await this.db.syncRecords.toArray()
      return rows.filter((row) => {
        const table = syncedTable(splitRef(row.ref)[0])
        return !!table && Object.values(row.meta.stamps).some((s) => s.v > table.version)
      }).length
    })
  }
}
