import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_HEADER, type PullResponse } from '@/lib/sync/protocol'
import {
  handleSync,
  type RateLimits,
  type SyncAction,
  type SyncServer,
} from '@/lib/sync/server/handleSync'
import { SyncStore } from '@/lib/sync/server/store'
import { body, DATABASE_START_MS, newSpace, recordId, testDatabases } from './syncTestStores'

const postgres = testDatabases().find((database) => database.name === 'postgres')
const NOW = Date.UTC(2026, 11, 6, 10)
// Small limits, as in syncRoutes.test.ts: the counting is the protocol's, the numbers quick to reach.
const LIMITS: RateLimits = { perSpace: 12, perAddress: 30 }

/** Two instances of the server on one PostgreSQL: only the database is shared. */
describe.skipIf(!postgres)('two sync server instances on one PostgreSQL', () => {
  const stores: SyncStore[] = []
  const instances: SyncServer[] = []
  beforeAll(async () => {
    // Started at once, as a deployment's instances are: the migrations run once.
    const opened = await Promise.all([postgres!.open(), postgres!.open()])
    stores.push(...(await Promise.all(opened.map((sql) => SyncStore.open(sql)))))
    instances.push(
      ...stores.map((store) => ({
        store: () => Promise.resolve(store),
        now: () => NOW,
        proxyHops: 0,
        rateLimits: LIMITS,
      })),
    )
  }, DATABASE_START_MS)
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()))
    await postgres!.dispose()
  })

  const ids = newSpace()
  async function call(instance: number, action: SyncAction, query = '', json?: unknown) {
    const request = new Request(`http://127.0.0.1/api/sync/${ids.space}${query}`, {
      method: json === undefined ? 'GET' : 'POST',
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: {
        authorization: `Bearer ${ids.token}`,
        [DEVICE_HEADER]: ids.device,
        'x-forwarded-for': '10.1.2.3',
      },
    })
    return handleSync(instances[instance]!, action, request, { space: ids.space })
  }

  it('pushes on one instance, pulls on the other, and counts the rate limit across both', async () => {
    expect((await call(0, 'create', '', { token: ids.token })).status).toBe(201)
    const record = { id: recordId(), body: body() }
    expect(await (await call(0, 'push', '', { records: [record] })).json()).toEqual({ cursor: 1 })
    const pulled = (await (await call(1, 'pull', '?after=0')).json()) as PullResponse
    expect(pulled.records).toEqual([{ ...record, deleted: false, seq: 1 }])

    // Half the limit on each instance, then one more on either: refused.
    for (let count = 3; count <= LIMITS.perSpace; count++) await call(count % 2, 'devices')
    expect((await call(0, 'devices')).status).toBe(429)
    expect((await call(1, 'devices')).status).toBe(429)
  })
})
