import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEVICE_HEADER,
  MAX_PUSH_RECORDS,
  MAX_RECORD_BODY_CHARS,
  MAX_REQUEST_BYTES,
  syncErrorSchema,
  type PullResponse,
} from '@/lib/sync/protocol'
import { handleSync, type RateLimits, type SyncAction } from '@/lib/sync/server/handleSync'
import { SyncStore } from '@/lib/sync/server/store'
import { body, DATABASE_START_MS, newSpace, recordId, testDatabases } from './syncTestStores'

const ORIGIN = 'http://127.0.0.1:3000'
const START = Date.UTC(2026, 11, 6, 9)
// The protocol's limits are 600 and 1,200 a minute: reaching them took 19 s of the unit
// tests. The counting is the same whatever the numbers, so the server here has small ones.
const LIMITS: RateLimits = { perSpace: 12, perAddress: 30 }

describe('sync routes', () => {
  const [database] = testDatabases()
  let store: SyncStore
  let now = START
  // Each test speaks from its own address, so that only the rate-limit test meets the limits.
  let address = 0
  const server = {
    store: () => Promise.resolve(store),
    now: () => now,
    proxyHops: 0,
    rateLimits: LIMITS,
  }
  beforeAll(async () => {
    store = await SyncStore.open(await database!.open())
  }, DATABASE_START_MS)
  afterAll(() => store.close())

  function client(ids = newSpace(), from = `10.0.0.${++address}`) {
    const call = async (
      action: SyncAction,
      options: {
        json?: unknown
        raw?: string
        query?: string
        device?: string
        token?: string
      } = {},
    ) => {
      const path = `/api/sync/${ids.space}${options.query ?? ''}`
      const payload =
        options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
      const request = new Request(`${ORIGIN}${path}`, {
        method: payload === undefined ? 'GET' : 'POST',
        body: payload,
        headers: {
          authorization: `Bearer ${options.token ?? ids.token}`,
          [DEVICE_HEADER]: ids.device,
          'x-forwarded-for': from,
        },
      })
      const response = await handleSync(server, action, request, {
        space: ids.space,
        device: options.device,
      })
      return {
        status: response.status,
        headers: response.headers,
        json: (await response.json()) as Record<string, unknown>,
      }
    }
    return {
      ids,
      call,
      create: () => call('create', { json: { token: ids.token } }),
      push: (records: unknown[]) => call('push', { json: { records } }),
      pull: async (after: number, limit?: number) =>
        (await call('pull', { query: `?after=${after}${limit ? `&limit=${limit}` : ''}` }))
          .json as unknown as PullResponse,
    }
  }

  function expectError(answer: { status: number; json: unknown }, status: number, code: string) {
    expect(answer.status).toBe(status)
    expect(syncErrorSchema.parse(answer.json).error).toBe(code)
  }

  it('creates a space with 201, again with 200, and refuses another token with 409', async () => {
    const device = client()
    expect((await device.create()).status).toBe(201)
    expect((await device.create()).status).toBe(200)
    const intruder = client({ ...newSpace(), space: device.ids.space })
    expectError(await intruder.create(), 409, 'exists')
  })

  it('pushes and pulls: a retried push changes nothing; a second device resumes from its cursor', async () => {
    const laptop = client()
    await laptop.create()
    const phone = client({ ...laptop.ids, device: newSpace().device })
    const records = [
      { id: recordId(), body: body() },
      { id: recordId(), body: body(), deleted: true },
    ]
    expect((await laptop.push(records)).json).toEqual({ cursor: 2 })
    expect((await laptop.push(records)).json).toEqual({ cursor: 2 })
    const first = await phone.pull(0, 1)
    expect(first).toMatchObject({ cursor: 1, more: true, reset: null })
    const second = await phone.pull(first.cursor)
    expect(second.records).toEqual([{ ...records[1], seq: 2 }])
    expect(second.more).toBe(false)
    const devices = (await phone.call('devices')).json.devices as { device: string }[]
    expect(devices.map((entry) => entry.device).sort()).toEqual(
      [laptop.ids.device, phone.ids.device].sort(),
    )
  })

  it('answers a wrong key with no-space, a wrong token with 401, a missing device with 400', async () => {
    const owner = client()
    await owner.create()
    expectError(await client().call('pull'), 404, 'no-space')
    const wrongToken = client({ ...owner.ids, token: newSpace().token })
    expectError(await wrongToken.call('pull'), 401, 'unauthorized')
    expectError(await owner.call('pull', { token: 'not-a-token' }), 401, 'unauthorized')
    const noDevice = client({ ...owner.ids, device: 'short' })
    expectError(await noDevice.call('pull'), 400, 'bad-request')
  })

  it('refuses malformed and oversized requests, naming the place, without storing any of it', async () => {
    const device = client()
    await device.create()
    expectError(await device.call('push', { raw: '{"records": [' }), 400, 'bad-request')
    const badId = await device.push([{ id: 'lemma:Haus', body: body() }])
    expectError(badId, 400, 'bad-request')
    expect(badId.json.message).toMatch(/^records\.0\.id: /u)
    const tooMany = Array.from({ length: MAX_PUSH_RECORDS + 1 }, () => ({
      id: recordId(),
      body: body(8),
    }))
    expectError(await device.push(tooMany), 413, 'too-many')
    expectError(
      await device.push([{ id: recordId(), body: body(MAX_RECORD_BODY_CHARS + 1) }]),
      413,
      'too-large',
    )
    expectError(
      await device.call('push', { raw: 'x'.repeat(MAX_REQUEST_BYTES + 1) }),
      413,
      'too-large',
    )
    expectError(await device.call('pull', { query: '?after=-1' }), 400, 'bad-request')
    expectError(await device.call('pull', { query: '?limit=501' }), 400, 'bad-request')
    expect((await device.pull(0)).records).toEqual([])
  })

  it('labels a device, lets it leave, and refuses an unknown one', async () => {
    const device = client()
    await device.create()
    const { device: id } = device.ids
    expect((await device.call('label', { device: id, json: { label: 'ZW5j' } })).status).toBe(200)
    expect((await device.call('devices')).json.devices).toEqual([
      { device: id, label: 'ZW5j', lastSeen: now },
    ])
    expect((await device.call('leave', { device: id })).status).toBe(200)
    expectError(await device.call('leave', { device: newSpace().device }), 404, 'no-device')
  })

  it('rotates and deletes: the space answers 410 with the reason afterwards', async () => {
    for (const action of ['rotate', 'delete'] as const) {
      const device = client()
      await device.create()
      await device.push([{ id: recordId(), body: body() }])
      expect((await device.call(action, { json: {} })).status).toBe(200)
      const reason = action === 'rotate' ? 'rotated' : 'deleted'
      expectError(await device.call('pull'), 410, reason)
      expectError(await device.push([{ id: recordId(), body: body() }]), 410, reason)
      expectError(await device.create(), 410, reason)
    }
  })

  it('limits requests per space and per address, with Retry-After, and lets them through in the next window', async () => {
    now = START + 30_000
    const busy = client()
    await busy.create()
    for (let count = 1; count < LIMITS.perSpace; count++) await busy.pull(0)
    const limited = await busy.call('pull')
    expectError(limited, 429, 'rate-limited')
    expect(limited.headers.get('retry-after')).toBe('30')
    // Another space from another address is not slowed by it.
    const calm = client()
    expect((await calm.create()).status).toBe(201)

    const shared = `10.9.9.9`
    const spaces = Array.from({ length: Math.ceil(LIMITS.perAddress / LIMITS.perSpace) + 1 }, () =>
      client(newSpace(), shared),
    )
    let refused: Awaited<ReturnType<typeof busy.call>> | undefined
    outer: for (const device of spaces) {
      await device.create()
      for (let count = 1; count < LIMITS.perSpace; count++) {
        const answer = await device.call('pull')
        if (answer.status !== 200) {
          refused = answer
          break outer
        }
      }
    }
    expectError(refused!, 429, 'rate-limited')

    now = START + 60_000
    expect((await busy.call('pull')).status).toBe(200)
    now = START
  })
})
