import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openPglite } from '@/lib/sync/server/pgliteClient'
import { openPostgres } from '@/lib/sync/server/postgresClient'
import type { SqlClient } from '@/lib/sync/server/sql'

/** PGlite runs initdb for a new database: seconds, many more on a loaded machine. */
export const DATABASE_START_MS = 90_000

export interface TestDatabase {
  name: 'embedded' | 'postgres'
  open: () => Promise<SqlClient>
  /** Drops what `open` made. */
  dispose: () => Promise<void>
}

/**
 * The databases the sync tests run on: PGlite in memory always, and PostgreSQL when
 * TEST_DATABASE_URL is set (each test file in a schema of its own, dropped afterwards).
 */
export function testDatabases(): TestDatabase[] {
  const databases: TestDatabase[] = [
    { name: 'embedded', open: () => openPglite(), dispose: async () => undefined },
  ]
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const schema = `sync_test_${randomBytes(6).toString('hex')}`
    // Made once: two CREATE SCHEMA IF NOT EXISTS at the same moment collide in the catalog.
    let created: Promise<void> | undefined
    databases.push({
      name: 'postgres',
      open: async () => {
        await (created ??= adminQuery(url, `CREATE SCHEMA ${schema}`))
        return openPostgres(withSearchPath(url, schema))
      },
      dispose: () => adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`),
    })
  }
  return databases
}

function withSearchPath(url: string, schema: string): string {
  const address = new URL(url)
  address.searchParams.set('options', `-c search_path=${schema}`)
  return address.toString()
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** A space id, token and device id as a client derives or picks them. */
export function newSpace() {
  return {
    space: randomBytes(16).toString('hex'),
    token: randomBytes(32).toString('base64url'),
    device: randomBytes(16).toString('base64url'),
  }
}

/** A record id as the client's HMAC gives it. */
export function recordId(): string {
  return randomBytes(32).toString('base64url')
}

/** A body of `chars` base64url characters. */
export function body(chars = 64): string {
  return randomBytes(Math.ceil((chars * 3) / 4))
    .toString('base64url')
    .slice(0, chars)
}
