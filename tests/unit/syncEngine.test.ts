import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import { LearningDb } from '@/lib/storage/db'
import { LearningStore } from '@/lib/storage/learningStore'
import { SyncStore } from '@/lib/storage/syncStore'
import { TextStore } from '@/lib/storage/textStore'
import { join, rotate, SyncEngine, turnOn } from '@/lib/sync/engine'
import { SyncRequestError } from '@/lib/sync/client'
import type { SenseInfo } from '@/lib/learning/types'

/** The server's side of the protocol, in memory: upsert by id, pages after a cursor. */
function fakeServer({ pageSize = Infinity } = {}) {
  const spaces = new Map<
    string,
    {
      token: string
      state: 'open' | 'rotated' | 'deleted'
      restored?: boolean
      records: Map<string, { body: string; deleted: boolean; seq: number }>
      seq: number
      /** The newest sequence number of a tombstone removed by compaction. */
      compacted: number
    }
  >()
  const answer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  const fail = (status: number, error: string) => answer(status, { error, message: error })
  const handler = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://sync.test')
    const [, , , spaceId, action] = url.pathname.split('/')
    const method = init?.method ?? 'GET'
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {}
    const space = spaces.get(spaceId!)
    if (method === 'PUT' && !action) {
      if (space && space.token !== body.token) return fail(409, 'exists')
      if (!space)
        spaces.set(spaceId!, {
          token: String(body.token),
          state: 'open',
          records: new Map(),
          seq: 0,
          compacted: 0,
        })
      return answer(space ? 200 : 201, { created: !space })
    }
    if (!space) return fail(404, 'no-space')
    if (new Headers(init?.headers).get('authorization') !== `Bearer ${space.token}`)
      return fail(401, 'unauthorized')
    if (space.state !== 'open') return fail(410, space.state)
    if (action === 'push') {
      for (const record of body.records as { id: string; body: string; deleted?: boolean }[])
        space.records.set(record.id, {
          body: record.body,
          deleted: !!record.deleted,
          seq: ++space.seq,
        })
      return answer(200, { cursor: space.seq })
    }
    if (action === 'pull') {
      const cursor = Number(url.searchParams.get('after'))
      const limit = Math.min(pageSize, Number(url.searchParams.get('limit')))
      const compacted =
        cursor > 0 && cursor < space.compacted && url.searchParams.get('resync') !== '1'
      const after = compacted ? 0 : cursor
      const all = [...space.records.entries()]
        .filter(([, r]) => r.seq > after)
        .sort(([, a], [, b]) => a.seq - b.seq)
      const restored = space.restored
      space.restored = false
      const page = all.slice(0, limit).map(([id, r]) => ({ id, ...r }))
      return answer(200, {
        records: page,
        cursor: page.at(-1)?.seq ?? after,
        more: all.length > limit,
        reset: restored ? 'restored' : compacted ? 'compacted' : null,
      })
    }
    if (action === 'rotate') space.state = 'rotated'
    else if (method === 'DELETE' && !action) space.state = 'deleted'
    return answer(200, { ok: true })
  }
  /** Removes every tombstone, as the server does with those older than the retention. */
  const compact = () => {
    for (const space of spaces.values())
      for (const [id, record] of space.records)
        if (record.deleted) {
          space.compacted = Math.max(space.compacted, record.seq)
          space.records.delete(id)
        }
  }
  return { spaces, fetch: handler as typeof fetch, compact }
}

const opened: LearningDb[] = []
let counter = 0
function device() {
  const db = new LearningDb(`sync-${++counter}`)
  opened.push(db)
  return { db, learning: new LearningStore(db), texts: new TextStore(db), sync: new SyncStore(db) }
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const sense = (lemma: string): SenseInfo => ({
  sense: lemma,
  lemma,
  pos: 'noun',
  gender: 'm',
  glosses: { en: lemma, de: lemma },
})
const NOW = Date.UTC(2026, 11, 6, 9)

async function engineOf(d: ReturnType<typeof device>, fetcher: typeof fetch) {
  const engine = (await SyncEngine.open(d.sync, fetcher))!
  return {
    engine,
    sync: async () => {
      await engine.syncNow()
      return engine.current()
    },
  }
}

describe('the sync engine against the protocol', () => {
  it('joins, merges both devices’ words, and carries notes, statuses, texts and reviews both ways', async () => {
    const server = fakeServer()
    const [phone, laptop] = [device(), device()]
    await phone.learning.act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    await laptop.learning.act('save', { key: 'Zug', sense: sense('Zug') }, NOW)
    await laptop.texts.add(
      { title: 'Mein Text', de: [{ kind: 'paragraph', text: 'Der Zug fährt.' }] },
      NOW,
    )
    const key = await turnOn(phone.sync, server.fetch)
    await join(laptop.sync, key, server.fetch)
    const a = await engineOf(phone, server.fetch)
    const b = await engineOf(laptop, server.fetch)
    expect(await a.sync()).toEqual({ phase: 'synced' })
    expect(await b.sync()).toEqual({ phase: 'synced' })
    await a.sync()
    for (const d of [phone, laptop]) {
      expect((await d.db.words.toArray()).map((w) => w.key).sort()).toEqual(['Gipfel', 'Zug'])
      expect((await d.texts.list()).texts.map((t) => t.title)).toEqual(['Mein Text'])
    }
    await phone.learning.setNote('Zug', 'der Bahn', NOW + 1000)
    await laptop.learning.act('known', { key: 'Zug', sense: sense('Zug') }, NOW + 2000)
    const [card] = await phone.learning.dueCards(NOW + 5000)
    await phone.learning.rate(card!, Rating.Good, 3000, NOW + 5000)
    await a.sync()
    await b.sync()
    await a.sync()
    for (const d of [phone, laptop]) {
      expect(await d.db.words.get('Zug')).toMatchObject({ note: 'der Bahn', status: 'known' })
      expect(await d.db.reviews.count()).toBe(1)
    }
    expect(await laptop.db.cards.get(card!.id)).toEqual(await phone.db.cards.get(card!.id))
    expect(await phone.sync.outgoing(10)).toEqual([])
  })

  it('deletes on the other device, and a retried push does no harm', async () => {
    const server = fakeServer()
    let lastPush: [RequestInfo | URL, RequestInit | undefined] | undefined
    const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/push')) lastPush = [input, init]
      return server.fetch(input, init)
    }) as typeof fetch
    const [phone, laptop] = [device(), device()]
    await phone.learning.act('save', { key: 'Blatt', sense: sense('Blatt') }, NOW)
    const key = await turnOn(phone.sync, server.fetch)
    await join(laptop.sync, key, server.fetch)
    const a = await engineOf(phone, server.fetch)
    const b = await engineOf(laptop, recording)
    await a.sync()
    await b.sync()
    expect(await laptop.db.words.count()).toBe(1)
    await laptop.learning.deleteWord('Blatt', NOW + 1000)
    await b.sync()
    const [space] = server.spaces.values()
    const stored = space!.records.size
    // The same push again, as after an answer lost on the way: the same records, no more.
    await server.fetch(...lastPush!)
    expect(space!.records.size).toBe(stored)
    await a.sync()
    expect(await phone.db.words.count()).toBe(0)
    expect(await phone.db.cards.count()).toBe(0)
    expect([...space!.records.values()].filter((r) => r.deleted).length).toBeGreaterThan(0)
  })

  it('refuses a wrong key before changing anything, and tells the others after a rotation', async () => {
    const server = fakeServer()
    const [phone, laptop] = [device(), device()]
    const key = await turnOn(phone.sync, server.fetch)
    const wrong = new Uint8Array(key).map((byte, i) => (i === 0 ? byte ^ 1 : byte))
    await expect(join(laptop.sync, wrong, server.fetch)).rejects.toEqual(
      new SyncRequestError('no-space'),
    )
    expect(await laptop.sync.space()).toBeUndefined()
    await join(laptop.sync, key, server.fetch)
    await phone.learning.act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    const newKey = await rotate(phone.sync, server.fetch)
    const a = await engineOf(phone, server.fetch)
    expect(await a.sync()).toEqual({ phase: 'synced' })
    const b = await engineOf(laptop, server.fetch)
    expect(await b.sync()).toMatchObject({ phase: 'error', error: 'rotated' })
    await join(laptop.sync, newKey, server.fetch)
    const again = await engineOf(laptop, server.fetch)
    await again.sync()
    expect(await laptop.db.words.get('Gipfel')).toMatchObject({ status: 'learning' })
  })
})

describe('a server restored from an older backup', () => {
  it('gets back everything from the devices', async () => {
    const server = fakeServer()
    const phone = device()
    await phone.learning.act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    await turnOn(phone.sync, server.fetch)
    const a = await engineOf(phone, server.fetch)
    await a.sync()
    const [space] = server.spaces.values()
    const held = space!.records.size
    space!.records.clear()
    space!.restored = true
    await a.sync()
    expect(space!.records.size).toBe(held)
  })
})

describe('a device away longer than tombstones are kept', () => {
  it('removes what was deleted meanwhile, keeps its own changes, and starts an interrupted resync over', async () => {
    const server = fakeServer({ pageSize: 2 })
    const [phone, laptop] = [device(), device()]
    for (const word of ['Gipfel', 'Zug', 'Blatt', 'Berg'])
      await phone.learning.act('save', { key: word, sense: sense(word) }, NOW)
    const key = await turnOn(phone.sync, server.fetch)
    await join(laptop.sync, key, server.fetch)
    let pulls = 0
    let failPull = Number.POSITIVE_INFINITY
    const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('/pull') && ++pulls === failPull)
        return Promise.reject(new TypeError('network down'))
      return server.fetch(input, init)
    }) as typeof fetch
    const a = await engineOf(phone, server.fetch)
    const b = await engineOf(laptop, counting)
    await a.sync()
    await b.sync()
    expect(await laptop.db.words.count()).toBe(4)

    // The laptop is away: the phone deletes two words and saves one, the server compacts.
    await phone.learning.deleteWord('Zug', NOW + 1000)
    await phone.learning.deleteWord('Blatt', NOW + 1000)
    await phone.learning.act('save', { key: 'Tal', sense: sense('Tal') }, NOW + 1000)
    await a.sync()
    server.compact()
    // Meanwhile, on the laptop, not yet pushed: a new word, and a note on a word the phone deleted.
    await laptop.learning.act('save', { key: 'See', sense: sense('See') }, NOW + 2000)
    await laptop.learning.setNote('Blatt', 'im Herbst', NOW + 2000)

    // The resync breaks off after its first page: nothing is removed, the cursor stays.
    failPull = pulls + 2
    expect(await b.sync()).toMatchObject({ phase: 'offline', error: 'offline' })
    const cursorBefore = await laptop.sync.cursor()
    expect(await laptop.db.words.get('Zug')).toBeDefined()
    expect(cursorBefore).toBeGreaterThan(0)

    await b.sync()
    const words = async (d: ReturnType<typeof device>) =>
      (await d.db.words.toArray()).map((word) => word.key).sort()
    expect(await words(laptop)).toEqual(['Berg', 'Blatt', 'Gipfel', 'See', 'Tal'])
    expect(await laptop.db.words.get('Blatt')).toMatchObject({ note: 'im Herbst' })
    expect(await laptop.sync.outgoing(10)).toEqual([])
    // Both changes went up. The phone merges the note with its newer deletion (the word
    // stays deleted, as it would have without the compaction) and both devices agree.
    await a.sync()
    await b.sync()
    expect(await words(phone)).toEqual(['Berg', 'Gipfel', 'See', 'Tal'])
    expect(await words(laptop)).toEqual(await words(phone))
  })
})
