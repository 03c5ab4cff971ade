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
  // A push in one round trip (was a transaction of four: begin, lock, write, commit). Locks
  // the space's row, then stores the changed records of the push (ids, bodies, deletions, at
  // p_now) with the next sequence numbers and updates the space's totals, unless that would
  // pass the quota (p_max_records, p_max_chars): then nothing is written and `fits` is
  // false. The row is locked by a statement of its own: in a volatile function each
  // statement takes a fresh snapshot, so the write sees every push committed before the lock
  // was granted. `space_state` is null when there is no such space, and nothing else is set
  // unless it is 'active'.
  `
  CREATE FUNCTION sync_push(p_space text, p_ids text[], p_bodies text[], p_deleted boolean[],
    p_now int8, p_max_records int4, p_max_chars int8)
  RETURNS TABLE (space_state text, fits boolean, changed int8, seq int8)
  LANGUAGE plpgsql VOLATILE AS $$
  #variable_conflict use_column
  BEGIN
    SELECT s.state INTO space_state FROM sync_spaces s WHERE s.space = p_space FOR UPDATE;
    IF space_state IS DISTINCT FROM 'active' THEN
      RETURN NEXT;
      RETURN;
    END IF;
    RETURN QUERY
    WITH incoming AS (
      SELECT * FROM unnest(p_ids, p_bodies, p_deleted) WITH ORDINALITY AS u(id, body, deleted, n)
    ),
    changes AS (
      SELECT i.id, i.body, i.deleted, row_number() OVER (ORDER BY i.n) AS k,
        r.id IS NULL AS added, length(i.body) - coalesce(length(r.body), 0) AS chars
      FROM incoming i LEFT JOIN sync_records r ON r.space = p_space AND r.id = i.id
      WHERE r.id IS NULL OR r.body <> i.body OR r.deleted <> i.deleted
    ),
    totals AS (
      SELECT count(*) AS n_changed, count(*) FILTER (WHERE c.added) AS n_added,
        coalesce(sum(c.chars), 0) AS n_chars FROM changes c
    ),
    space AS (
      SELECT s.seq AS old_seq,
        s.record_count + t.n_added <= p_max_records AND s.body_chars + t.n_chars <= p_max_chars
          AS space_fits,
        t.n_changed, t.n_added, t.n_chars
      FROM sync_spaces s, totals t WHERE s.space = p_space
    ),
    stored AS (
      INSERT INTO sync_records (space, id, seq, body, deleted, updated_at)
      SELECT p_space, c.id, space.old_seq + c.k, c.body, c.deleted, p_now FROM changes c, space
      WHERE space.space_fits
      ON CONFLICT (space, id) DO UPDATE SET seq = excluded.seq, body = excluded.body,
        deleted = excluded.deleted, updated_at = excluded.updated_at
    ),
    counted AS (
      UPDATE sync_spaces s SET seq = s.seq + space.n_changed,
        body_chars = s.body_chars + space.n_chars, record_count = s.record_count + space.n_added
      FROM space WHERE s.space = p_space AND space.space_fits AND space.n_changed > 0
    )
    SELECT 'active'::text, space.space_fits, space.n_changed,
      space.old_seq + CASE WHEN space.space_fits THEN space.n_changed ELSE 0 END FROM space;
  END
  $$
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

/**
 * The extended protocol takes one statement at a time: a step is split at each `;` outside
 * a `$$`-quoted function body (the steps hold no other `;` inside a statement).
 */
function splitStatements(step: string): string[] {
  const statements: string[] = []
  let current = ''
  step.split('$$').forEach((part, index) => {
    if (index % 2 === 1) {
      current += `$$${part}$$`
      return
    }
    const [first, ...rest] = part.split(';')
    current += first
    for (const piece of rest) {
      statements.push(current)
      current = piece
    }
  })
  statements.push(current)
  return statements.map((statement) => statement.trim()).filter(Boolean)
}
