import { SyncStore, type Outgoing } from '@/lib/storage/syncStore'
import { SyncClient, SyncRequestError, type SyncFailure } from './client'
import { envelopeSchema } from './envelopeSchema'
import type { Envelope } from './envelope'
import { refOf } from './local'
import { fromBase64Url, toBase64Url } from './base64url'
import { deriveSpaceKeys, generateSyncKey, recordId, type SpaceKeys } from './keys'
import {
  MAX_PULL_LIMIT,
  MAX_PUSH_RECORDS,
  MAX_RECORD_BODY_CHARS,
  MAX_REQUEST_BYTES,
  type PullReset,
} from './protocol'
import { open, seal, UnreadableRecordError } from './seal'

export type SyncPhase = 'off' | 'syncing' | 'synced' | 'offline' | 'error'

/** What the sync page shows: honest, never "synced" while something waits. */
export interface SyncStatus {
  phase: SyncPhase
  error?: SyncFailure
  /** When the next attempt runs, after an error or a Retry-After. */
  retryAt?: number
}

/** A device of the space as the page lists it. */
export interface SpaceDevice {
  device: string
  label: string | undefined
  lastSeen: number
  isThis: boolean
}

/** After a change, wait this long for more before pushing: typing a note is one push. */
export const CHANGE_DEBOUNCE_MS = 1_500
/** While the page is visible, ask for other devices' changes this often. */
export const POLL_MS = 5_000
/** After a failure, wait this long, doubling with each failure up to BACKOFF_MAX_MS. */
export const BACKOFF_MIN_MS = 2_000
export const BACKOFF_MAX_MS = 300_000
/** Room for the JSON around the bodies of one push. */
const PUSH_OVERHEAD_BYTES = 64 * 1024
/** Errors no retry mends: the key is wrong, rotated or the space gone. */
const FATAL: readonly SyncFailure[] = ['no-space', 'unauthorized', 'deleted', 'rotated', 'exists']
const LOCK = 'zweiklang-sync'

type Phase = { phase: SyncPhase; error?: SyncFailure; retryAt?: number }

/** One device's sync with one space: push and pull in bounded batches, resumable. */
export class SyncEngine {
  private status: SyncStatus = { phase: 'syncing' }
  private listeners = new Set<(status: SyncStatus) => void>()
  private running: Promise<void> | undefined
  private again = false
  private failures = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private stopped = false

  constructor(
    readonly store: SyncStore,
    readonly keys: SpaceKeys,
    readonly client: SyncClient,
    private readonly fetcher?: typeof fetch,
  ) {}

  static async open(store: SyncStore, fetcher?: typeof fetch): Promise<SyncEngine | undefined> {
    const space = await store.space()
    const key = space && fromBase64Url(space.key)
    if (!key) return undefined
    const keys = await deriveSpaceKeys(key)
    const device = await store.device()
    return new SyncEngine(store, keys, new SyncClient({ ...keys, device }, fetcher), fetcher)
  }

  subscribe(listener: (status: SyncStatus) => void) {
    this.listeners.add(listener)
    listener(this.status)
    return () => this.listeners.delete(listener)
  }

  current(): SyncStatus {
    return this.status
  }

  private set(status: Phase) {
    this.status = status
    for (const listener of this.listeners) listener(status)
  }

  /**
   * Runs one sync now, or once more after the one under way. Other tabs of this browser
   * take turns through a Web Lock, so two never push the same outbox at once.
   */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = (async () => {
      do {
        this.again = false
        await withLock(() => this.cycle())
      } while (this.again && !this.stopped)
      this.running = undefined
    })()
    return this.running
  }

  /**
   * A routine look for other devices' changes: skipped while backing off after an error, or
   * stopped by one no retry mends.
   */
  poll() {
    const { phase, retryAt, error } = this.status
    if (retryAt !== undefined && retryAt > Date.now()) return
    if (phase === 'error' && error && FATAL.includes(error)) return
    void this.syncNow()
  }

  /** Schedules a sync after `ms`, replacing one scheduled before. */
  schedule(ms: number) {
    clearTimeout(this.timer)
    if (this.stopped) return
    this.timer = setTimeout(() => void this.syncNow(), ms)
  }

  stop() {
    this.stopped = true
    clearTimeout(this.timer)
  }

  private async cycle() {
    if (this.stopped) return
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      return this.set({ phase: 'offline' })
    }
    this.set({ phase: 'syncing' })
    try {
      await this.pullAll()
      await this.pushAll()
      await this.finishRotation()
      await this.store.setOutcome({ at: Date.now() })
      this.failures = 0
      this.set({ phase: 'synced' })
    } catch (error) {
      await this.failed(error)
    }
  }

  private async failed(error: unknown) {
    const code: SyncFailure = error instanceof SyncRequestError ? error.code : 'server'
    await this.store.setOutcome({ at: Date.now(), error: code }).catch(() => undefined)
    if (FATAL.includes(code)) return this.set({ phase: 'error', error: code })
    this.failures++
    const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (this.failures - 1))
    const wait = Math.max(
      backoff,
      error instanceof SyncRequestError ? (error.retryAfterMs ?? 0) : 0,
    )
    this.schedule(wait)
    this.set({
      phase: code === 'offline' ? 'offline' : 'error',
      error: code,
      retryAt: Date.now() + wait,
    })
  }

  /**
   * Pulls every page after the saved cursor; each page is applied, then its cursor saved.
   * After a `compacted` reset the whole space comes again, and the cursor is saved only at
   * its end, with the records deleted meanwhile removed: an interrupted resync starts over.
   */
  private async pullAll() {
    let cursor = await this.store.cursor()
    let reset: PullReset | null = null
    const returned = new Set<string>()
    let unreadable = false
    for (;;) {
      const page = await this.client.pull(cursor, MAX_PULL_LIMIT, reset === 'compacted')
      reset = page.reset ?? reset
      const envelopes: Envelope[] = []
      for (const record of page.records) {
        const envelope = await this.read(record.id, record.body)
        if (envelope) envelopes.push(envelope)
        else unreadable = true
      }
      if (reset === 'compacted')
        for (const envelope of envelopes) returned.add(refOf(envelope.t, envelope.k))
      if (envelopes.length) await this.store.applyPulled(envelopes)
      cursor = page.cursor
      if (reset !== 'compacted') await this.store.setCursor(cursor)
      if (!page.more) break
    }
    // A record that could not be read might be one this device holds: nothing is removed then.
    if (reset === 'compacted') {
      if (!unreadable) await this.store.removeDeletedWhileAway(returned)
      await this.store.setCursor(cursor)
    }
    // The server lost what came after its backup: everything goes up again, merged on the way.
    if (reset === 'restored') await this.store.requeueEverything()
  }

  private async read(id: string, body: string): Promise<Envelope | undefined> {
    try {
      const parsed = envelopeSchema.safeParse(await open(this.keys.encryption, id, body))
      return parsed.success ? parsed.data : undefined
    } catch (error) {
      // A body sealed under another key or changed on the way: not ours, skipped.
      if (error instanceof UnreadableRecordError) return undefined
      throw error
    }
  }

  /** Pushes the outbox in batches within the server's limits, until it is empty. */
  private async pushAll() {
    for (;;) {
      const outgoing = await this.store.outgoing(MAX_PUSH_RECORDS)
      if (outgoing.length === 0) return
      const sealed = await Promise.all(outgoing.map((record) => this.sealRecord(record)))
      const tooLarge = outgoing.filter((_, i) => sealed[i]!.body.length > MAX_RECORD_BODY_CHARS)
      if (tooLarge.length) await this.store.setTooLarge(tooLarge)
      let batch: { record: Outgoing; id: string; body: string }[] = []
      let bytes = 0
      for (const [index, record] of outgoing.entries()) {
        const { id, body } = sealed[index]!
        if (body.length > MAX_RECORD_BODY_CHARS) continue
        if (bytes + body.length + id.length > MAX_REQUEST_BYTES - PUSH_OVERHEAD_BYTES) {
          await this.pushBatch(batch)
          batch = []
          bytes = 0
        }
        batch.push({ record, id, body })
        bytes += body.length + id.length
      }
      await this.pushBatch(batch)
    }
  }

  private async sealRecord(record: Outgoing) {
    const id = await recordId(this.keys, record.envelope.t, record.envelope.k)
    return { id, body: await seal(this.keys.encryption, id, record.envelope) }
  }

  private async pushBatch(batch: { record: Outgoing; id: string; body: string }[]) {
    if (batch.length === 0) return
    await this.client.push(
      batch.map(({ record, id, body }) => ({
        id,
        body,
        ...(record.deleted ? { deleted: true } : {}),
      })),
    )
    await this.store.pushed(batch.map((item) => item.record))
  }

  /**
   * Once every record is under the new key, the old space is rotated: the other devices
   * hear `rotated` and are asked to join again. Until then the old space stays as it was,
   * so an interrupted rotation loses nothing and resumes here.
   */
  private async finishRotation() {
    const from = await this.store.rotatingFrom()
    const oldKey = from && fromBase64Url(from)
    if (!oldKey) return
    const old = new SyncClient(
      { ...(await deriveSpaceKeys(oldKey)), device: this.client.access.device },
      this.fetcher,
    )
    await old.rotate().catch((error: unknown) => {
      // Rotated or deleted already (by an earlier attempt): done all the same.
      if (!(error instanceof SyncRequestError && FATAL.includes(error.code))) throw error
    })
    await this.store.setRotatingFrom(undefined)
  }

  /** This device leaves the space; its records stay here, and on the server for the others. */
  async leave() {
    this.stop()
    await this.client.leave()
    await this.store.enter(undefined)
  }

  /** Deletes the space with everything on the server; this device keeps its records. */
  async deleteSpace() {
    this.stop()
    await this.client.deleteSpace()
    await this.store.enter(undefined)
  }

  /** The space's devices, with their labels opened. */
  async devices(): Promise<SpaceDevice[]> {
    const devices = await this.client.devices()
    return Promise.all(
      devices.map(async ({ device, label, lastSeen }) => {
        const opened = label
          ? await open(this.keys.encryption, device, label).catch(() => undefined)
          : undefined
        return {
          device,
          label: typeof opened === 'string' ? opened : undefined,
          lastSeen,
          isThis: device === this.client.access.device,
        }
      }),
    )
  }

  /** Names this device for the others, encrypted: "Chrome on Linux". */
  async sendLabel(label: string) {
    await this.client.setLabel(await seal(this.keys.encryption, this.client.access.device, label))
  }
}

async function withLock(run: () => Promise<void>) {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    await navigator.locks.request(LOCK, run)
  } else {
    await run()
  }
}

/** The sync key as stored on this device. */
export const storedKey = (key: Uint8Array) => toBase64Url(key)

/** Creates a new space for this device's records and enters it. */
export async function turnOn(store: SyncStore, fetcher?: typeof fetch): Promise<Uint8Array> {
  const key = generateSyncKey()
  const keys = await deriveSpaceKeys(key)
  const client = new SyncClient({ ...keys, device: await store.device() }, fetcher)
  await client.create()
  await store.enter({ key: storedKey(key), since: Date.now() })
  return key
}

/**
 * Joins the space of a key typed or opened from a link. The space must exist: a wrong key
 * names a space nobody made, and is refused before anything here changes.
 */
export async function join(store: SyncStore, key: Uint8Array, fetcher?: typeof fetch) {
  const keys = await deriveSpaceKeys(key as Uint8Array<ArrayBuffer>)
  const client = new SyncClient({ ...keys, device: await store.device() }, fetcher)
  await client.pull(0, 1)
  await store.enter({ key: storedKey(key), since: Date.now() })
}

/**
 * Moves to a new key: a new space gets every record, then the old one is rotated (by the
 * engine, after its first complete push). Returns the new key, which the page shows.
 */
export async function rotate(store: SyncStore, fetcher?: typeof fetch): Promise<Uint8Array> {
  const space = await store.space()
  if (!space) throw new Error('sync is off')
  if (!(await store.rotatingFrom())) await store.setRotatingFrom(space.key)
  return turnOn(store, fetcher)
}
