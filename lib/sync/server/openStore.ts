import path from 'node:path'
import { TOMBSTONE_RETENTION_DAYS, RATE_WINDOW_SECONDS } from '../protocol'
import { lockFolder } from './folderLock'
import type { SyncServer } from './handleSync'
import { SyncStore } from './store'

export const DEFAULT_SYNC_DIR = '.data/sync'
/** How often an instance compacts old tombstones and forgets old rate-limit windows. */
export const MAINTENANCE_INTERVAL_MS = 10 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The store the environment asks for: PostgreSQL when DATABASE_URL is set (any number of
 * instances share it), else the embedded PGlite in ZK_SYNC_DIR (one process per folder).
 * Loaded on first use, so that a build or a server without sync never starts a database.
 */
export async function openStoreFromEnv(
  env: Record<string, string | undefined> = process.env,
): Promise<SyncStore> {
  const url = env.DATABASE_URL
  if (url) {
    const { openPostgres } = await import('./postgresClient')
    const store = await SyncStore.open(openPostgres(url))
    console.log('sync: PostgreSQL store ready')
    return store
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ env.ZK_SYNC_DIR || DEFAULT_SYNC_DIR)
  const release = lockFolder(dir)
  try {
    const { openPglite } = await import('./pgliteClient')
    const sql = await openPglite(path.join(dir, 'pgdata'))
    const store = await SyncStore.open({
      ...sql,
      close: async () => {
        await sql.close()
        release()
      },
    })
    console.log(`sync: embedded store in ${dir}`)
    return store
  } catch (error) {
    release()
    throw error
  }
}

/** Compacts tombstones older than the retention and forgets finished rate windows. */
export async function maintain(store: SyncStore, now: number): Promise<number> {
  await store.forgetRateWindows(now - 2 * RATE_WINDOW_SECONDS * 1000)
  return store.compactTombstones(now - TOMBSTONE_RETENTION_DAYS * DAY_MS)
}

interface Held {
  store?: Promise<SyncStore>
}
// One per process, kept across the module copies a Next server may load.
const held = ((globalThis as { __zweiklangSync?: Held }).__zweiklangSync ??= {})

/** The process's one store, opened at the first request; a failed open is retried later. */
export function syncStore(): Promise<SyncStore> {
  held.store ??= openStoreFromEnv().then(
    (store) => {
      const timer = setInterval(() => {
        maintain(store, Date.now()).catch((error: unknown) =>
          console.error(`sync: maintenance failed: ${String(error)}`),
        )
      }, MAINTENANCE_INTERVAL_MS)
      timer.unref()
      return store
    },
    (error: unknown) => {
      held.store = undefined
      throw error
    },
  )
  return held.store
}

/** The server the route handlers use: this process's store and clock. */
export const processSyncServer: SyncServer = {
  store: syncStore,
  now: () => Date.now(),
  proxyHops: Number.parseInt(process.env.ZK_SYNC_PROXY_HOPS ?? '0', 10) || 0,
}
