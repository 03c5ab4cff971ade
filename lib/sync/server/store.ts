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

/** What one space may hold: its records (tombstones included) and their bodies' characters. */
export interface SpaceQuota {
  records: number
  bodyChars: number
}

export const SPACE_QUOTA: SpaceQuota = {
  records: SPACE_QUOTA_RECORDS,
  bodyChars: SPACE_QUOTA_BODY_CHARS,
}

const MIB = 1024 * 1024

function describeChars(chars: number): string {
  return chars % MIB === 0 ? `${chars / MIB} MiB` : `${chars} characters`
}

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

/** The space as a request found it: pull needs nothing more. */
export type AuthorizedSpace = SpaceRow

/** Counts a request against rate-limit keys, each with its limit, in one window. */
export interface RateCheck {
  keys: readonly string[]
  limits: readonly number[]
  windowStart: number
  /** Seconds until the window ends, for Retry-After. */
  retryAfter: number
}

export interface PullOptions {
  /** The space as authorize found it, to spare reading it again. */
  space?: AuthorizedSpace
  /**
   * The device continues a full resync it began after a `compacted` reset: the cursor is
   * from this resync, not from before the compaction.
   */
  resync?: boolean
}

/**
 * Counts the request ($6 keys, $7 limits, window $8), reads the space, and notes the device
 * ($2 at $3, unless it was noted less than $9 ms before) unless the request is over a limit,
 * the token ($4) is not the space's, or the space has $5 devices already. Data-modifying
 * CTEs run whether or not they are read.
 *
 * Its commit does not wait for the write-ahead log to reach the disk (`synchronous_commit`
 * off for this statement's own transaction only): a database crash can forget the last
 * fraction of a second of request counts and visits, which costs nothing, while a poll no
 * longer waits for a disk flush. Pushes, new spaces and the rest still commit durably.
 */
const AUTHORIZE = `
  WITH async_commit AS (SELECT set_config('synchronous_commit', 'off', true)),
  counted AS (
    INSERT INTO sync_rate (key, window_start, count)
    SELECT k, $8, 1 FROM unnest($6::text[]) AS k
    ON CONFLICT (key, window_start) DO UPDATE SET count = sync_rate.count + 1
    RETURNING key, count
  ),
  rate AS (
    SELECT array_agg(c.count ORDER BY l.n) AS counts,
      coalesce(bool_or(c.count > l.limit_), false) AS over
    FROM unnest($6::text[], $7::int4[]) WITH ORDINALITY AS l(key, limit_, n)
    JOIN counted c ON c.key = l.key
  ),
  space AS (
    SELECT token_hash, state, seq, body_chars, record_count, compacted_seq, lost_after,
      lost_until FROM sync_spaces WHERE space = $1
  ),
  known AS (SELECT EXISTS (SELECT FROM sync_devices WHERE space = $1 AND device = $2) AS known),
  noted AS (
    INSERT INTO sync_devices (space, device, last_seen)
    SELECT $1, $2, $3 FROM space, rate, known
    WHERE NOT rate.over AND space.state = 'active' AND space.token_hash = $4
      AND (known.known OR (SELECT count(*) FROM sync_devices WHERE space = $1) < $5)
    ON CONFLICT (space, device) DO UPDATE SET last_seen = excluded.last_seen
      WHERE sync_devices.last_seen <= excluded.last_seen - $9
    RETURNING device
  )
  SELECT space.*, rate.counts, space.state IS NOT NULL AS found,
    known.known OR EXISTS (SELECT FROM noted) AS admitted
  FROM rate LEFT JOIN space ON true, known, async_commit`

/** The push, one statement (migration 3, `sync_push`): see there. */
const PUSH = 'SELECT space_state, fits, changed, seq FROM sync_push($1, $2, $3, $4, $5, $6, $7)'

/**
 * A device's last visit is noted to the minute, as the devices list shows it: a device that
 * polls every few seconds does not rewrite its row each time.
 */
export const LAST_SEEN_STEP_MS = 60_000

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
  private constructor(
    private readonly sql: SqlClient,
    private readonly quota: SpaceQuota,
  ) {}

  /** Tests pass a smaller quota, so that filling a space takes kilobytes, not 50 MiB. */
  static async open(sql: SqlClient, quota: SpaceQuota = SPACE_QUOTA): Promise<SyncStore> {
    await migrate(sql)
    return new SyncStore(sql, quota)
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
   * the device's visit (a new device counts against the space's device limit). With `rate`,
   * the request is first counted against its keys, and refused past any key's limit. One
   * statement, one round trip: every sync request starts here.
   */
  async authorize(
    space: string,
    tokenHash: string,
    device: string,
    now: number,
    rate?: RateCheck,
  ): Promise<AuthorizedSpace> {
    const rows = await this.sql.query<
      SpaceRow & { counts: number[] | null; admitted: boolean; found: boolean }
    >(AUTHORIZE, [
      space,
      device,
      now,
      tokenHash,
      MAX_DEVICES_PER_SPACE,
      rate?.keys ?? [],
      rate?.limits ?? [],
      rate?.windowStart ?? 0,
      LAST_SEEN_STEP_MS,
    ])
    const row = rows[0]!
    if (rate && (row.counts ?? []).some((count, index) => count > rate.limits[index]!))
      throw new SyncFailure(
        'rate-limited',
        'too many requests: wait and try again',
        rate.retryAfter,
      )
    if (!row.found) throw new SyncFailure('no-space', 'no sync space has this id')
    assertActive(row)
    // Compared again here, in constant time: the statement only decides whether to note the device.
    if (!sameHash(row.token_hash, tokenHash))
      throw new SyncFailure('unauthorized', 'the token does not open this space')
    if (!row.admitted)
      throw new SyncFailure(
        'quota',
        `the space has ${MAX_DEVICES_PER_SPACE} devices: one must leave first`,
      )
    return row
  }

  /**
   * Stores the records (the last of a repeated id wins) and returns the space's newest
   * sequence number. A record whose body and deletion are unchanged keeps its sequence
   * number, so a retried push changes nothing.
   */
  async push(space: string, records: readonly PushRecord[], now: number): Promise<number> {
    const latest = [...new Map(records.map((record) => [record.id, record])).values()]
    const [written] = await this.sql.query<{
      space_state: SpaceState | null
      fits: boolean
      seq: unknown
    }>(PUSH, [
      space,
      latest.map((record) => record.id),
      latest.map((record) => record.body),
      latest.map((record) => record.deleted ?? false),
      now,
      this.quota.records,
      this.quota.bodyChars,
    ])
    if (!written?.space_state) throw new SyncFailure('no-space', 'no sync space has this id')
    assertActive({ state: written.space_state })
    if (!written.fits)
      throw new SyncFailure(
        'quota',
        `a space holds at most ${this.quota.records} records and ${describeChars(this.quota.bodyChars)} of them`,
      )
    return toNumber(written.seq)
  }

  /**
   * Records after `after` in sequence order, at most `limit` of them and about
   * MAX_PULL_BODY_CHARS of bodies (always at least one). A cursor older than compacted
   * tombstones, or newer than the space (a store restored from a backup), starts over.
   */
  async pull(
    space: string,
    after: number,
    limit: number,
    options: PullOptions = {},
  ): Promise<PullResponse> {
    const row = options.space ?? (await this.spaceRow(this.sql, space))
    if (!row) throw new SyncFailure('no-space', 'no sync space has this id')
    assertActive(row)
    const reset = resetReason(row, after, options.resync ?? false)
    const from = reset ? 0 : after
    // Nothing after the cursor (most polls): the space's newest sequence number, read as the
    // request was authorized, says so without a query.
    if (from >= toNumber(row.seq)) return { records: [], cursor: from, more: false, reset }
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

function resetReason(row: SpaceRow, after: number, resync: boolean): PullReset | null {
  if (after > toNumber(row.lost_after) && after <= toNumber(row.lost_until)) return 'restored'
  // Newer than the space: a restore without markRestored; the lost records are pushed again.
  if (after > toNumber(row.seq)) return 'restored'
  // A device in the middle of a full resync knows it misses the compacted tombstones.
  if (!resync && after > 0 && after < toNumber(row.compacted_seq)) return 'compacted'
  return null
}

function assertActive(row: Pick<SpaceRow, 'state'>): void {
  if (row.state === 'deleted') throw new SyncFailure('deleted', 'this sync space was deleted')
  if (row.state === 'rotated')
    throw new SyncFailure('rotated', 'the sync key was replaced: join again with the new key')
}

function sameHash(stored: string | null, given: string): boolean {
  if (stored === null || stored.length !== given.length) return false
  return timingSafeEqual(Buffer.from(stored), Buffer.from(given))
}
