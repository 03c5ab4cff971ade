import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startServer } from '../../scripts/lib/browser.mjs'
import { test } from './fixtures'
import { expectGone, freePort } from './offlineServer'

/** The app's server, of the test's own, with a sync store of its own, which it may stop. */
export interface SyncServer {
  origin: string
  /** ZK_SYNC_DIR: the embedded store's folder (unused when `env` names DATABASE_URL). */
  dataDir: string
  /** Everything the server printed, across restarts. */
  logFile: string
  /** Killed at once, as a crash would: whatever was in flight is cut off. */
  stop: () => void
  /** Starts again on the same port and folder (after `stop`, or stopping it first). */
  restart: () => Promise<void>
  /** Stops it and removes its folder. */
  dispose: () => void
}

/**
 * Ready once its store answers: the first request opens the store, and the first open of an
 * embedded store runs initdb (seconds).
 */
const READY = '/api/health'

/**
 * Starts a server with a new, empty embedded store; `env` may add DATABASE_URL to use
 * PostgreSQL instead (several servers on one database are instances of one deployment).
 */
export async function startSyncServer(env: Record<string, string> = {}): Promise<SyncServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zk-sync-e2e-'))
  const logFile = path.join(dataDir, 'server.log')
  // The embedded store unless the test names a database (not one from the shell's environment).
  const serverEnv = { ZK_SYNC_DIR: path.join(dataDir, 'store'), DATABASE_URL: '', ...env }
  const start = () => startServer(port, serverEnv, { probePath: READY, logFile })
  let server: Awaited<ReturnType<typeof startServer>> | undefined = await start()
  const own: SyncServer = {
    origin: server.origin,
    dataDir,
    logFile,
    stop: () => {
      server?.stop('SIGKILL')
      server = undefined
    },
    restart: async () => {
      own.stop()
      await expectGone(own.origin)
      server = await start()
    },
    dispose: () => {
      own.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return own
}

export interface PlaintextFound {
  text: string
  file: string
}

/**
 * Every given string found in the server's store folder and log, byte for byte as UTF-8
 * (NFC and NFD) and as UTF-16: what the server would leak. Choose strings that cannot occur
 * by chance in PostgreSQL's own files or in random base64 (ten letters or more).
 */
export function findPlaintext(server: SyncServer, texts: readonly string[]): PlaintextFound[] {
  const files = readdirSync(server.dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
  const found: PlaintextFound[] = []
  for (const file of files) {
    const content = readFileSync(file)
    for (const text of texts) {
      const forms = [text.normalize('NFC'), text.normalize('NFD')].flatMap((form) => [
        Buffer.from(form, 'utf8'),
        Buffer.from(form, 'utf16le'),
      ])
      if (forms.some((form) => content.includes(form)))
        found.push({ text, file: path.relative(server.dataDir, file) })
    }
  }
  return found
}

/** A test with a sync server of its own as its base URL, disposed of afterwards. */
export const testOnSyncServer = test.extend<{ syncServer: SyncServer }>({
  syncServer: async ({}, provide) => {
    const server = await startSyncServer()
    try {
      await provide(server)
    } finally {
      server.dispose()
    }
  },
  baseURL: async ({ syncServer }, provide) => {
    await provide(syncServer.origin)
  },
})

/**
 * A PostgreSQL database for servers of one test, as a schema of its own in
 * TEST_DATABASE_URL (undefined without it: skip the test). Several `startSyncServer({
 * DATABASE_URL: url })` on it are instances of one deployment; `drop` removes it.
 */
export async function freshDatabase(): Promise<
  { url: string; drop: () => Promise<void> } | undefined
> {
  const base = process.env.TEST_DATABASE_URL
  if (!base) return undefined
  const schema = `sync_e2e_${randomBytes(6).toString('hex')}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE SCHEMA ${schema}`)
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return { url: url.toString(), drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) }
}
