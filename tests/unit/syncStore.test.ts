import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_DEVICES_PER_SPACE, MAX_PULL_BODY_CHARS } from '@/lib/sync/protocol'
import { hashToken } from '@/lib/sync/server/handleSync'
import { migrate, migrations } from '@/lib/sync/server/migrations'
import type { SqlClient } from '@/lib/sync/server/sql'
import {
  LAST_SEEN_STEP_MS,
  RESTORE_SEQ_JUMP,
  SyncStore,
  type SpaceQuota,
} from '@/lib/sync/server/store'
import { body, DATABASE_START_MS, newSpace, recordId, testDatabases } from './syncTestStores'

const NOW = Date.UTC(2026, 11, 6)
const DAY = 24 * 60 * 60 * 1000
// The real quota is 50 MiB a space: filling it took 15 s of the unit tests. The check is the
// same SQL whatever the numbers, so the quota test opens the store with a small one.
const QUOTA: SpaceQuota = { records: 200, bodyChars: 96 * 1024 }

describe.each(testDatabases())('sync store on $name', (database) => {
  let sql: SqlClient
  let store: SyncStore
  beforeAll(async () => {
    sql = await database.open()
    store = await SyncStore.open(sql)
  }, DATABASE_START_MS)
  afterAll(async () => {
    await store.close()
    await database.dispose()
  })

  async function createdSpace() {
    const ids = newSpace()
    expect(await store.createSpace(ids.space, hashToken(ids.token), NOW)).toBe(true)
    return ids
  }

  it('creates a space once, accepts the same token again and refuses another', async () => {
    const { space, token } = await createdSpace()
    expect(await store.createSpace(space, hashToken(token), NOW)).toBe(false)
    await expect(store.createSpace(space, hashToken(newSpace().token), NOW)).rejects.toMatchObject({
      code: 'exists',
    })
  })

  it('authorizes the token only, and tells a missing space from a wrong token', async () => {
    const { space, token, device } = await createdSpace()
    await store.authorize(space, hashToken(token), device, NOW)
    await expect(
      store.authorize(space, hashToken(newSpace().token), device, NOW),
    ).rejects.toMatchObject({ code: 'unauthorized' })
    await expect(
      store.authorize(newSpace().space, hashToken(token), device, NOW),
    ).rejects.toMatchObject({ code: 'no-space' })
  })

  it('gives a sequence number only to changed records: a retried push changes nothing', async () => {
    const { space } = await createdSpace()
    const records = [
      { id: recordId(), body: body() },
      { id: recordId(), body: body() },
    ]
    expect(await store.push(space, records, NOW)).toBe(2)
    expect(await store.push(space, records, NOW)).toBe(2)
    const edited = { id: records[0]!.id, body: body() }
    expect(await store.push(space, [edited, records[1]!], NOW)).toBe(3)
    const pulled = await store.pull(space, 0, 500)
    expect(pulled.records.map((record) => [record.id, record.body, record.seq])).toEqual([
      [records[1]!.id, records[1]!.body, 2],
      [edited.id, edited.body, 3],
    ])
    expect(pulled).toMatchObject({ cursor: 3, more: false, reset: null })
  })

  it('pages a pull by count and by size, and resumes from any cursor', async () => {
    const { space } = await createdSpace()
    const records = Array.from({ length: 7 }, () => ({ id: recordId(), body: body(32) }))
    await store.push(space, records, NOW)
    const seen: string[] = []
    let cursor = 0
    for (let more = true; more;) {
      const page = await store.pull(space, cursor, 3)
      expect(page.records.length).toBeLessThanOrEqual(3)
      seen.push(...page.records.map((record) => record.id))
      ;({ cursor, more } = page)
    }
    expect(seen).toEqual(records.map((record) => record.id))
    expect(await store.pull(space, cursor, 3)).toMatchObject({ records: [], cursor, more: false })
    // Resuming in the middle gives the rest only.
    expect((await store.pull(space, 4, 500)).records.map((record) => record.seq)).toEqual([5, 6, 7])

    const large = Array.from({ length: 3 }, () => ({
      id: recordId(),
      body: body(MAX_PULL_BODY_CHARS / 2),
    }))
    await store.push(space, large, NOW)
    const first = await store.pull(space, 7, 500)
    expect(first.records).toHaveLength(2)
    expect(first.more).toBe(true)
    expect((await store.pull(space, first.cursor, 500)).records).toHaveLength(1)
  })

  it('refuses a push beyond the quota, by size or by count, and keeps nothing of it', async () => {
    const small = await SyncStore.open(sql, QUOTA)
    const refusal = {
      code: 'quota',
      message: `a space holds at most ${QUOTA.records} records and ${QUOTA.bodyChars} characters of them`,
    }
    const { space } = await createdSpace()
    const big = Array.from({ length: 3 }, () => ({
      id: recordId(),
      body: body(Math.floor(QUOTA.bodyChars / 3)),
    }))
    await small.push(space, big.slice(0, 2), NOW)
    const over = [big[2]!, { id: recordId(), body: body(1024) }]
    await expect(small.push(space, over, NOW)).rejects.toMatchObject(refusal)
    expect((await small.pull(space, 0, 500)).records.map((record) => record.seq)).toEqual([1, 2])
    // Replacing a record by a smaller one frees its size.
    expect(await small.push(space, [{ id: big[0]!.id, body: body(16) }], NOW)).toBe(3)

    const many = await createdSpace()
    const full = Array.from({ length: QUOTA.records }, () => ({ id: recordId(), body: body() }))
    expect(await small.push(many.space, full, NOW)).toBe(QUOTA.records)
    await expect(
      small.push(many.space, [{ id: recordId(), body: body() }], NOW),
    ).rejects.toMatchObject(refusal)
    expect((await small.pull(many.space, QUOTA.records - 1, 500)).records).toHaveLength(1)
  })

  it('numbers concurrent pushes to one space one after another, and refuses a missing space', async () => {
    const { space } = await createdSpace()
    const batches = Array.from({ length: 8 }, () =>
      Array.from({ length: 5 }, () => ({ id: recordId(), body: body() })),
    )
    await Promise.all(batches.map((records) => store.push(space, records, NOW)))
    const pulled = await store.pull(space, 0, 500)
    expect(pulled.records.map((record) => record.seq)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    )
    expect(new Set(pulled.records.map((record) => record.id)).size).toBe(40)
    await expect(
      store.push(newSpace().space, [{ id: recordId(), body: body() }], NOW),
    ).rejects.toMatchObject({ code: 'no-space' })
  })

  it('remembers devices up to the limit, with labels, and lets one leave', async () => {
    const { space, token } = await createdSpace()
    const devices = Array.from({ length: MAX_DEVICES_PER_SPACE }, () => newSpace().device)
    for (const [index, device] of devices.entries())
      await store.authorize(space, hashToken(token), device, NOW + index)
    await expect(
      store.authorize(space, hashToken(token), newSpace().device, NOW),
    ).rejects.toMatchObject({ code: 'quota' })
    await store.setLabel(space, devices[0]!, 'bGFiZWw')
    const listed = await store.devices(space)
    expect(listed).toHaveLength(MAX_DEVICES_PER_SPACE)
    expect(listed.find((entry) => entry.device === devices[0])).toEqual({
      device: devices[0],
      label: 'bGFiZWw',
      lastSeen: NOW,
    })
    await store.removeDevice(space, devices[0]!)
    await expect(store.removeDevice(space, devices[0]!)).rejects.toMatchObject({
      code: 'no-device',
    })
    await store.authorize(space, hashToken(token), newSpace().device, NOW)
  })

  it('notes a device’s visit to the minute, and still admits it in between', async () => {
    const { space, token, device } = await createdSpace()
    const lastSeen = async () => (await store.devices(space))[0]!.lastSeen
    await store.authorize(space, hashToken(token), device, NOW)
    await store.authorize(space, hashToken(token), device, NOW + LAST_SEEN_STEP_MS - 1)
    expect(await lastSeen()).toBe(NOW)
    await store.authorize(space, hashToken(token), device, NOW + LAST_SEEN_STEP_MS)
    expect(await lastSeen()).toBe(NOW + LAST_SEEN_STEP_MS)
  })

  it('ends a space: rotated or deleted, its records gone and its id answering why', async () => {
    for (const state of ['rotated', 'deleted'] as const) {
      const { space, token, device } = await createdSpace()
      await store.push(space, [{ id: recordId(), body: body() }], NOW)
      await store.endSpace(space, state)
      await expect(store.authorize(space, hashToken(token), device, NOW)).rejects.toMatchObject({
        code: state,
      })
      await expect(store.pull(space, 0, 500)).rejects.toMatchObject({ code: state })
      await expect(
        store.push(space, [{ id: recordId(), body: body() }], NOW),
      ).rejects.toMatchObject({ code: state })
      await expect(store.createSpace(space, hashToken(token), NOW)).rejects.toMatchObject({
        code: state,
      })
    }
  })

  it('compacts old tombstones and sends a device with an older cursor everything again', async () => {
    const { space } = await createdSpace()
    const kept = { id: recordId(), body: body() }
    const gone = { id: recordId(), body: body(), deleted: true }
    await store.push(space, [kept, gone], NOW - 100 * DAY)
    const fresh = { id: recordId(), body: body(), deleted: true }
    await store.push(space, [fresh], NOW)
    expect(await store.compactTombstones(NOW - 90 * DAY)).toBeGreaterThanOrEqual(1)
    const stale = await store.pull(space, 1, 500)
    expect(stale.reset).toBe('compacted')
    expect(stale.records.map((record) => [record.id, record.deleted])).toEqual([
      [kept.id, false],
      [fresh.id, true],
    ])
    expect((await store.pull(space, 2, 500)).reset).toBeNull()
    // A resync goes on page by page, although its cursor is still older than the compaction.
    const first = await store.pull(space, 1, 1)
    expect([first.reset, first.cursor, first.more]).toEqual(['compacted', 1, true])
    const next = await store.pull(space, first.cursor, 1, { resync: true })
    expect(next.reset).toBeNull()
    expect(next.records.map((record) => record.id)).toEqual([fresh.id])
    // A cursor beyond the space (a store restored from an older backup) starts over too.
    expect((await store.pull(space, 99, 500)).reset).toBe('restored')
  })

  it('sends devices whose cursor the restored store never reached everything again, once', async () => {
    const { space } = await createdSpace()
    await store.push(space, [{ id: recordId(), body: body() }], NOW)
    // The backup holds seq 1; a device had seen seq 3 before the store was lost.
    await store.markRestored()
    const pushed = await store.push(space, [{ id: recordId(), body: body() }], NOW)
    expect(pushed).toBe(RESTORE_SEQ_JUMP + 2)
    const lost = await store.pull(space, 3, 500)
    expect(lost.reset).toBe('restored')
    expect(lost.records).toHaveLength(2)
    expect(lost.cursor).toBe(pushed)
    // A device behind the backup continues as before, and gets the new record too.
    expect((await store.pull(space, 0, 500)).reset).toBeNull()
    expect((await store.pull(space, lost.cursor, 500)).reset).toBeNull()
  })

  it('counts requests per key and window, and forgets old windows', async () => {
    const key = `space:${newSpace().space}`
    const other = `address:${newSpace().device}`
    await store.countRequest([key], NOW)
    const counts = await store.countRequest([key, other], NOW)
    expect([counts.get(key), counts.get(other)]).toEqual([2, 1])
    expect((await store.countRequest([key], NOW + 60_000)).get(key)).toBe(1)
    await store.forgetRateWindows(NOW + 1)
    expect((await store.countRequest([key], NOW)).get(key)).toBe(1)
  })

  it('runs the migrations once however often they are asked for, also at once', async () => {
    // On PostgreSQL each runs on a connection of its own, as separate instances would.
    await Promise.all([migrate(sql), migrate(sql), migrate(sql)])
    const rows = await sql.query<{ version: number }>('SELECT version FROM sync_migrations')
    expect(rows.map((row) => row.version)).toEqual(migrations.map((_, index) => index + 1))
  })
})
