import { timingSafeEqual } from 'node:crypto'
import {
  MAX_DEVICES_PER_SPACE,
  MAX_PULL_BODY_CHARS,
  SPACE_QUOTA_BODY_CHARS,
  SPACE_QUOTA_RECORDS,
  type Device,
  type PullReset,
  type PullResponse,
  type PushRecord,
} from '../protocol'
import { SyncFailure } from './failure'
import { migrate } from './migrations'
import { toNumber, type SqlClient, type SqlQueryable } from './sql'

type SpaceState = 'active' | 'deleted' | 'rotated'

interface SpaceRow {
  token_hash: string | null
  state: SpaceState
  seq: unknown
  body_chars: unknown
  record_count: number
  compacted_seq: unknown
  lost_after: unknown
  lost_until: unknown
}

/**
 * After a restore, sequence numbers jump by this much: more than any cursor the lost state
 * can have handed out, far less than a double holds exactly.
 */
export const RESTORE_SEQ_JUMP = 1e12

/**
 * Everything the sync server keeps, in SQL that PGlite and PostgreSQL both run. It knows
 * spaces by id, clients by the sha256 of their token (hex), and records as opaque bodies;
 * `now` is always passed in (milliseconds), so that tests control time.
 */
export class SyncStore {
  private constructor(private readonly sql: SqlClient) {}

  static async open(sql: SqlClient): Promise<SyncStore> {
    await migrate(sql)
    return new SyncStore(sql)
  }

  get kind(): SqlClient['kind'] {
    return this.sql.kind
  }

  close(): Promise<void> {
    return this.sql.close()
  }

  /** Throws unless the store answers a query. */
  async check(): Promise<void> {
    await this.sql.query('SELECT 1')
  }

  /** Creates the space; true when it is new, false when it exists with this very token. */
  async createSpace(space: string, tokenHash: string, now: number): Promise<boolean> {
    const inserted = await this.sql.query(
      `INSERT INTO sync_spaces (space, token_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (space) DO NOTHING RETURNING space`,
      [space, tokenHash, now],
    )
    if (inserted.length > 0) return true
    const row = await this.spaceRow(this.sql, space)
    if (!row) throw new SyncFailure('server', 'the space vanished while it was created')
    assertActive(row)
    if (!sameHash(row.token_hash, tokenHash))
      throw new SyncFailure('exists', 'this space exists with another token')
    return false
  }

  /**
   * Lets the request through when the space exists, is active and has this token, and notes
   * the device's visit (a new device counts against the space's device limit).
   */
  async authorize(space: string, tokenHash: string, device: string, now: number): Promise<void> {
    const row = await this.spaceRow(this.sql, space)
    if (!row) throw new SyncFailure('no-space', 'no sync space has this id')
    assertActive(row)
    if (!sameHash(row.token_hash, tokenHash))
      throw new SyncFailure('unauthorized', 'the token does not open this space')
    const seen = await this.sql.query(
      'UPDATE sync_devices SET last_seen = $3 WHERE space = $1 AND device = $2 RETURNING device',
      [space, device, now],
    )
    if (seen.length > 0) return
    const added = await this.sql.query(
      `INSERT INTO sync_devices (space, device, last_seen)
       SELECT $1, $2, $3 WHERE (SELECT count(*) FROM sync_devices WHERE space = $1) < $4
       ON CONFLICT (space, device) DO UPDATE SET last_seen = excluded.last_seen
       RETURNING device`,
      [space, device, now, MAX_DEVICES_PER_SPACE],
    )
    if (added.length === 0)
      throw new SyncFailure(
        'quota',
        `the space has ${MAX_DEVICES_PER_SPACE} devices: one must leave first`,
      )
  }

  /**
   * Stores the records (the last of a repeated id wins) and returns the space's newest
   * sequence number. A record whose body and deletion are unchanged keeps its sequence
   * number, so a retried push changes nothing.
   */
  async push(space: string, records: readonly PushRecord[], now: number): Promise<number> {
    const latest = new Map(records.map((record) => [record.id, record]))
    return this.sql.transaction(async (tx) => {
      const row = await this.spaceRow(tx, space, true)
      if (!row) throw new SyncFailure('no-space', 'no sync space has this id')
      assertActive(row)
      const stored = await tx.query<{ id: string; body: string; deleted: boolean }>(
        'SELECT id, body, deleted FROM sync_records WHERE space = $1 AND id = ANY($2::text[])',
        [space, [...latest.keys()]],
      )
      const before = new Map(stored.map((record) => [record.id, record]))
      const changed = [...latest.values()].filter((record) => {
        const old = before.get(record.id)
        return !old || old.body !== record.body || old.deleted !== (record.deleted ?? false)
      })
      const seq = toNumber(row.seq)
      if (changed.length === 0) return seq

      const added = changed.filter((record) => !before.has(record.id)).length
      const charDelta = changed.reduce(
        (sum, record) => sum + record.body.length - (before.get(record.id)?.body.length ?? 0),
        0,
      )
      const bodyChars = toNumber(row.body_chars) + charDelta
      const recordCount = row.record_count + added
      if (recordCount > SPACE_QUOTA_RECORDS)
        throw new SyncFailure('quota', `a space holds at most ${SPACE_QUOTA_RECORDS} records`)
      if (bodyChars > SPACE_QUOTA_BODY_CHARS)
        throw new SyncFailure(
          'quota',
          `a space holds at most ${SPACE_QUOTA_BODY_CHARS / 1024 / 1024} MiB of records`,
        )

      await tx.query(
        `INSERT INTO sync_records (space, id, seq, body, deleted, updated_at)
         SELECT $1, u.id, u.seq, u.body, u.deleted, $6
         FROM unnest($2::text[], $3::int8[], $4::text[], $5::boolean[]) AS u(id, seq, body, deleted)
         ON CONFLICT (space, id) DO UPDATE SET seq = excluded.seq, body = excluded.body,
           deleted = excluded.deleted, updated_at = excluded.updated_at`,
        [
          space,
          changed.map((record) => record.id),
          changed.map((_, index) => seq + index + 1),
          changed.map((record) => record.body),
          changed.map((record) => record.deleted ?? false),
          now,
        ],
      )
      const cursor = seq + changed.length
      await tx.query(
        'UPDATE sync_spaces SET seq = $2, body_chars = $3, record_count = $4 WHERE space = $1',
        [space, cursor, bodyChars, recordCount],
      )
      return cursor
    })
  }

  /**
   * Records after `after` in sequence order, at most `limit` of them and about
   * MAX_PULL_BODY_CHARS of bodies (always at least one). A cursor older than compacted
   * tombstones, or newer than the space (a store restored from a backup), starts over.
   */
  async pull(space: string, after: number, limit: number): Promise<PullResponse> {
    const row = await this.spaceRow(this.sql, space)
    if (!row) throw new SyncFailure('no-space', 'no sync space has this id')
    assertActive(row)
    const reset = resetReason(row, after)
    const from = reset ? 0 : after
    const rows = await this.sql.query<{ id: string; body: string; deleted: boolean; seq: unknown }>(
      `SELECT id, body, deleted, seq FROM sync_records WHERE space = $1 AND seq > $2
       ORDER BY seq LIMIT $3`,
      [space, from, limit + 1],
    )
    const records: PullResponse['records'] = []
    let chars = 0
    for (const record of rows.slice(0, limit)) {
      chars += record.body.length
      if (records.length > 0 && chars > MAX_PULL_BODY_CHARS) break
      records.push({
        id: record.id,
        body: record.body,
        deleted: record.deleted,
        seq: toNumber(record.seq),
      })
    }
    const more = records.length < rows.length
    const cursor = records.length > 0 ? records[records.length - 1]!.seq : toNumber(row.seq)
    return { records, cursor: Math.max(cursor, from), more, reset }
  }

  /**
   * To run once after the store was restored from a backup: every space's sequence jumps,
   * and a device whose cursor came from the lost state gets `reset: 'restored'`.
   */
  async markRestored(): Promise<void> {
    await this.sql.query(
      `UPDATE sync_spaces SET lost_after = seq, lost_until = seq + $1, seq = seq + $1
       WHERE state = 'active'`,
      [RESTORE_SEQ_JUMP],
    )
  }

  async devices(space: string): Promise<Device[]> {
    const rows = await this.sql.query<{ device: string; label: string | null; last_seen: unknown }>(
      'SELECT device, label, last_seen FROM sync_devices WHERE space = $1 ORDER BY last_seen DESC',
      [space],
    )
    return rows.map((row) => ({
      device: row.device,
      label: row.label,
      lastSeen: toNumber(row.last_seen),
    }))
  }

  async setLabel(space: string, device: string, label: string): Promise<void> {
    const rows = await this.sql.query(
      'UPDATE sync_devices SET label = $3 WHERE space = $1 AND device = $2 RETURNING device',
      [space, device, label],
    )
    if (rows.length === 0) throw new SyncFailure('no-device', 'the space knows no such device')
  }

  async removeDevice(space: string, device: string): Promise<void> {
    const rows = await this.sql.query(
      'DELETE FROM sync_devices WHERE space = $1 AND device = $2 RETURNING device',
      [space, device],
    )
    if (rows.length === 0) throw new SyncFailure('no-device', 'the space knows no such device')
  }

  /**
   * Ends the space: its records, devices and token go; its id stays with its state, so
   * devices still holding the old key learn why (`deleted`, `rotated`).
   */
  async endSpace(space: string, state: Exclude<SpaceState, 'active'>): Promise<void> {
    await this.sql.transaction(async (tx) => {
      const row = await this.spaceRow(tx, space, true)
      if (!row) throw new SyncFailure('no-space', 'no sync space has this id')
      assertActive(row)
      await tx.query('DELETE FROM sync_records WHERE space = $1', [space])
      await tx.query('DELETE FROM sync_devices WHERE space = $1', [space])
      await tx.query(
        `UPDATE sync_spaces SET state = $2, token_hash = NULL, body_chars = 0, record_count = 0
         WHERE space = $1`,
        [space, state],
      )
    })
  }

  /**
   * Counts one request against each key in the window that starts at `windowStart`; returns
   * each key's count so far in that window.
   */
  async countRequest(keys: readonly string[], windowStart: number): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ key: string; count: number }>(
      `INSERT INTO sync_rate (key, window_start, count)
       SELECT k, $2, 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET count = sync_rate.count + 1
       RETURNING key, count`,
      [keys, windowStart],
    )
    return new Map(rows.map((row) => [row.key, row.count]))
  }

  /** Forgets rate-limit windows that started before `before`. */
  async forgetRateWindows(before: number): Promise<void> {
    await this.sql.query('DELETE FROM sync_rate WHERE window_start < $1', [before])
  }

  /**
   * Removes tombstones last written before `before`, space by space, and remembers the newest
   * removed sequence number, so that a device with an older cursor is sent everything again.
   * Returns how many tombstones went.
   */
  async compactTombstones(before: number): Promise<number> {
    const spaces = await this.sql.query<{ space: string }>(
      'SELECT DISTINCT space FROM sync_records WHERE deleted AND updated_at < $1',
      [before],
    )
    let removed = 0
    for (const { space } of spaces) {
      removed += await this.sql.transaction(async (tx) => {
        await this.spaceRow(tx, space, true)
        const gone = await tx.query<{ seq: unknown; chars: number }>(
          `DELETE FROM sync_records WHERE space = $1 AND deleted AND updated_at < $2
           RETURNING seq, length(body) AS chars`,
          [space, before],
        )
        if (gone.length === 0) return 0
        await tx.query(
          `UPDATE sync_spaces SET compacted_seq = greatest(compacted_seq, $2),
             body_chars = body_chars - $3, record_count = record_count - $4
           WHERE space = $1`,
          [
            space,
            Math.max(...gone.map((row) => toNumber(row.seq))),
            gone.reduce((sum, row) => sum + row.chars, 0),
            gone.length,
          ],
        )
        return gone.length
      })
    }
    return removed
  }

  private async spaceRow(
    target: SqlQueryable,
    space: string,
    forUpdate = false,
  ): Promise<SpaceRow | undefined> {
    const rows = await target.query<SpaceRow>(
      `SELECT token_hash, state, seq, body_chars, record_count, compacted_seq, lost_after,
         lost_until FROM sync_spaces WHERE space = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [space],
    )
    return rows[0]
  }
}

function resetReason(row: SpaceRow, after: number): PullReset | null {
  if (after > toNumber(row.lost_after) && after <= toNumber(row.lost_until)) return 'restored'
  // Newer than the space: a restore without markRestored; the lost records are pushed again.
  if (after > toNumber(row.seq)) return 'restored'
  if (after > 0 && after < toNumber(row.compacted_seq)) return 'compacted'
  return null
}

function assertActive(row: SpaceRow): void {
  if (row.state === 'deleted') throw new SyncFailure('deleted', 'this sync space was deleted')
  if (row.state === 'rotated')
    throw new SyncFailure('rotated', 'the sync key was replaced: join again with the new key')
}

function sameHash(stored: string | null, given: string): boolean {
  if (stored === null || stored.length !== given.length) return false
  return timingSafeEqual(Buffer.from(stored), Buffer.from(given))
}
