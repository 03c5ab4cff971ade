import type { SqlClient } from './sql'

/**
 * The schema, one step per entry, applied in order and never edited once released: a new
 * change is a new entry. Plain PostgreSQL, run alike by PGlite and a PostgreSQL server.
 * Times are milliseconds since the epoch, from the server instance's clock.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE sync_spaces (
    space text PRIMARY KEY,
    token_hash text,
    state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'deleted', 'rotated')),
    created_at int8 NOT NULL,
    seq int8 NOT NULL DEFAULT 0,
    body_chars int8 NOT NULL DEFAULT 0,
    record_count int4 NOT NULL DEFAULT 0,
    compacted_seq int8 NOT NULL DEFAULT 0
  );
  CREATE TABLE sync_records (
    space text NOT NULL REFERENCES sync_spaces ON DELETE CASCADE,
    id text NOT NULL,
    seq int8 NOT NULL,
    body text NOT NULL,
    deleted boolean NOT NULL,
    updated_at int8 NOT NULL,
    PRIMARY KEY (space, id)
  );
  CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (space, seq);
  CREATE INDEX sync_tombstones_by_age ON sync_records (updated_at) WHERE deleted;
  CREATE TABLE sync_devices (
    space text NOT NULL REFERENCES sync_spaces ON DELETE CASCADE,
    device text NOT NULL,
    label text,
    last_seen int8 NOT NULL,
    PRIMARY KEY (space, device)
  );
  CREATE TABLE sync_rate (
    key text NOT NULL,
    window_start int8 NOT NULL,
    count int4 NOT NULL,
    PRIMARY KEY (key, window_start)
  );
  `,
  // A restore from a backup (markRestored): cursors in (lost_after, lost_until] were handed
  // out by the lost state and are answered with a full resync.
  `
  ALTER TABLE sync_spaces ADD COLUMN lost_after int8 NOT NULL DEFAULT 0;
  ALTER TABLE sync_spaces ADD COLUMN lost_until int8 NOT NULL DEFAULT 0
  `,
]

/** Any fixed number: every instance of the sync server takes the same lock. */
const MIGRATION_LOCK = 7_318_218

/**
 * Brings the schema up to date. Instances starting at once wait for each other on an
 * advisory lock, so each step runs exactly once.
 */
export async function migrate(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.query(
      'CREATE TABLE IF NOT EXISTS sync_migrations (version int4 PRIMARY KEY, applied_at int8 NOT NULL)',
    )
    const rows = await tx.query<{ version: number }>('SELECT version FROM sync_migrations')
    const applied = new Set(rows.map((row) => row.version))
    for (const [index, step] of migrations.entries()) {
      const version = index + 1
      if (applied.has(version)) continue
      for (const statement of splitStatements(step)) await tx.query(statement)
      await tx.query('INSERT INTO sync_migrations (version, applied_at) VALUES ($1, $2)', [
        version,
        Date.now(),
      ])
    }
  })
}

/** The extended protocol takes one statement at a time; the steps hold no `;` inside one. */
function splitStatements(step: string): string[] {
  return step
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
}
