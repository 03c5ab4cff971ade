import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Grade } from 'ts-fsrs'
import { newCard, rateCard, replayCard } from '@/lib/learning/schedule'
import type { CardRecord, ReviewRecord, WordRecord } from '@/lib/learning/types'
import { applyPulled } from '@/lib/sync/apply'
import { recordChange } from '@/lib/sync/changes'
import { mergeEnvelopes, type Envelope } from '@/lib/sync/envelope'
import { formatStamp, parseStamp, receive, tick, type Clock } from '@/lib/sync/hlc'
import { envelopeOf, metaOf, refOf, type SyncMeta } from '@/lib/sync/local'
import { mergeIncoming } from '@/lib/sync/merge'
import { syncedTable, wordsTable } from '@/lib/sync/registry'

/** The server as the protocol has it: it upserts by id and hands out what came after a cursor. */
class Server {
  records = new Map<string, { envelope: Envelope; seq: number }>()
  seq = 0
  push(envelope: Envelope) {
    this.records.set(refOf(envelope.t, envelope.k), { envelope, seq: ++this.seq })
  }
  pull(after: number): { records: Envelope[]; cursor: number } {
    const records = [...this.records.values()]
      .filter((r) => r.seq > after)
      .sort((a, b) => a.seq - b.seq)
    return { records: records.map((r) => structuredClone(r.envelope)), cursor: this.seq }
  }
}

/** A device as the Dexie store keeps it: records, their stamps beside them, an outbox. */
class Device {
  clock: Clock = { wall: 0, counter: 0 }
  records = new Map<string, unknown>()
  meta = new Map<string, SyncMeta>()
  pending = new Set<string>()
  cursor = 0
  reviewCount = 0
  constructor(readonly id: string) {}

  stamp(now: number) {
    this.clock = tick(this.clock, now)
    return formatStamp(this.clock, this.id)
  }

  envelope(table: string, key: string) {
    const ref = refOf(table, key)
    return envelopeOf(syncedTable(table)!, key, this.meta.get(ref), this.records.get(ref))
  }

  write(table: string, key: string, after: unknown, now: number) {
    const ref = refOf(table, key)
    const next = recordChange(
      syncedTable(table)!,
      key,
      this.envelope(table, key),
      after,
      this.stamp(now),
    )
    if (!next) return
    if (after === undefined) this.records.delete(ref)
    else this.records.set(ref, after)
    this.meta.set(ref, metaOf(next, after !== undefined))
    this.pending.add(ref)
  }

  word(key: string) {
    return this.records.get(refOf('words', key)) as WordRecord | undefined
  }
  card(key: string) {
    return this.records.get(refOf('cards', `${key}|meaning`)) as CardRecord | undefined
  }

  save(key: string, now: number) {
    const word = this.word(key)
    this.write(
      'words',
      key,
      word
        ? { ...word, status: 'learning', updatedAt: now }
        : {
            key,
            sense: key,
            lemma: key,
            pos: 'noun',
            glosses: { en: key, de: key },
            status: 'learning',
            note: '',
            addedAt: now,
            updatedAt: now,
          },
      now,
    )
    if (!this.card(key)) this.write('cards', `${key}|meaning`, newCard(key, 'meaning', now), now)
  }
  setStatus(key: string, status: WordRecord['status'], now: number) {
    const word = this.word(key)
    if (word) this.write('words', key, { ...word, status, updatedAt: now }, now)
  }
  setNote(key: string, note: string, now: number) {
    const word = this.word(key)
    if (word) this.write('words', key, { ...word, note, updatedAt: now }, now)
  }
  remove(key: string, now: number) {
    if (this.card(key)) this.write('cards', `${key}|meaning`, undefined, now)
    this.write('words', key, undefined, now)
  }
  review(key: string, grade: Grade, now: number) {
    const card = this.card(key)
    if (!card) return
    const result = rateCard(card, grade, now, {
      durationMs: 1000,
      reviewId: `${this.id}-${this.reviewCount++}`,
    })
    this.write('cards', card.id, result.card, now)
    this.write('reviews', result.review.id, result.review, now)
  }

  /** Pull, merge, then push what the server lacks: the engine's loop without the network. */
  sync(server: Server, now: number) {
    const { records, cursor } = server.pull(this.cursor)
    const local = new Map<string, Envelope>()
    for (const remote of records) {
      for (const [table, key] of [
        [remote.t, remote.k],
        ['words', remote.k.split('|')[0]!],
      ] as const) {
        const envelope = this.envelope(table, key)
        if (envelope) local.set(refOf(table, key), envelope)
      }
      for (const group of Object.values(remote.g))
        this.clock = receive(this.clock, parseStamp(group.h), now)
    }
    const reviews = [...this.records.entries()]
      .filter(([ref]) => ref.startsWith('reviews\u0000'))
      .map(([, review]) => review as ReviewRecord)
    const writes = applyPulled({
      pulled: records,
      local,
      reviews,
      nextStamp: () => this.stamp(now),
    })
    for (const write of writes) {
      const ref = refOf(write.table, write.key)
      const stored = write.record !== undefined && !write.newer
      if (stored) this.records.set(ref, write.record)
      else if (!write.newer) this.records.delete(ref)
      this.meta.set(ref, metaOf(write.envelope, stored))
      if (write.push) this.pending.add(ref)
    }
    this.cursor = cursor
    for (const ref of this.pending) {
      const [table, key] = ref.split('\u0000') as [string, string]
      server.push(structuredClone(this.envelope(table, key)!))
    }
    this.pending.clear()
  }

  state() {
    return Object.fromEntries([...this.records.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))
  }
}

const lemmas = ['Gipfel', 'Blatt', 'Zug'] as const
const operation = fc.oneof(
  fc.record({ op: fc.constant('save' as const), word: fc.constantFrom(...lemmas) }),
  fc.record({
    op: fc.constant('status' as const),
    word: fc.constantFrom(...lemmas),
    status: fc.constantFrom('learning', 'known', 'ignored') as fc.Arbitrary<WordRecord['status']>,
  }),
  fc.record({
    op: fc.constant('note' as const),
    word: fc.constantFrom(...lemmas),
    note: fc.string({ maxLength: 6 }),
  }),
  fc.record({ op: fc.constant('delete' as const), word: fc.constantFrom(...lemmas) }),
  fc.record({
    op: fc.constant('review' as const),
    word: fc.constantFrom(...lemmas),
    grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<Grade>,
  }),
  fc.record({ op: fc.constant('sync' as const) }),
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never
const DEVICES = 3
const step = fc.record({
  device: fc.nat({ max: DEVICES - 1 }),
  operation,
  advanceMs: fc.nat({ max: 90_000 }),
})

const DAY = 86_400_000
function run(
  devices: Device[],
  server: Server,
  steps: { device: number; operation: Operation; advanceMs: number }[],
) {
  let now = DAY
  for (const { device, operation: o, advanceMs } of steps) {
    now += advanceMs
    const d = devices[device]!
    if (o.op === 'save') d.save(o.word, now)
    else if (o.op === 'status') d.setStatus(o.word, o.status, now)
    else if (o.op === 'note') d.setNote(o.word, o.note, now)
    else if (o.op === 'delete') d.remove(o.word, now)
    else if (o.op === 'review') d.review(o.word, o.grade, now)
    else d.sync(server, now)
  }
  return now
}

/** Everyone syncs until nothing moves: what "both online for a while" comes to. */
function settle(devices: Device[], server: Server, now: number) {
  for (let round = 0; round < 4; round++)
    for (const device of devices) device.sync(server, now + round)
}

const makeDevices = () =>
  Array.from({ length: DEVICES }, (_, i) => new Device(`device${i}`.padEnd(22, 'x')))

describe('merging synced records', () => {
  it('converges: any interleaving of changes and syncs leaves every device with the same records, and every review', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const devices = makeDevices()
        const server = new Server()
        settle(devices, server, run(devices, server, steps))
        const [first, ...others] = devices.map((device) => device.state())
        for (const other of others) expect(other).toEqual(first)
        const reviews = devices.reduce((sum, device) => sum + device.reviewCount, 0)
        expect(Object.keys(first!).filter((ref) => ref.startsWith('reviews'))).toHaveLength(reviews)
      }),
      { numRuns: 150 },
    )
  })

  it('the same offline changes synced in any order give the same final state', () => {
    const offline = fc.array(
      fc.record({
        device: fc.nat({ max: DEVICES - 1 }),
        operation: operation.filter((o) => o.op !== 'sync'),
        advanceMs: fc.nat({ max: 90_000 }),
      }),
      { maxLength: 30 },
    )
    const order = fc.array(fc.nat({ max: DEVICES - 1 }), { maxLength: 8 })
    fc.assert(
      fc.property(offline, order, order, (changes, firstOrder, secondOrder) => {
        const states = [firstOrder, secondOrder].map((syncOrder) => {
          const devices = makeDevices()
          const server = new Server()
          const now = run(devices, server, changes)
          for (const device of syncOrder) devices[device]!.sync(server, now)
          settle(devices, server, now)
          return devices[0]!.state()
        })
        expect(states[1]).toEqual(states[0])
      }),
      { numRuns: 150 },
    )
  })

  it('the group merge is a join: commutative, associative, idempotent', () => {
    const group = fc.record({
      h: fc.constantFrom('1-a', '2-a', '2-b', '3-c'),
      v: fc.constantFrom(1, 2),
      d: fc.oneof(fc.constant(null), fc.string({ maxLength: 3 })),
    })
    const envelope = fc
      .dictionary(fc.constantFrom('status', 'note', 'sense'), group)
      .map((g): Envelope => ({ t: 'words', k: 'Zug', g }))
    fc.assert(
      fc.property(envelope, envelope, envelope, (a, b, c) => {
        expect(mergeEnvelopes(a, b)).toEqual(mergeEnvelopes(b, a))
        expect(mergeEnvelopes(mergeEnvelopes(a, b), c)).toEqual(
          mergeEnvelopes(a, mergeEnvelopes(b, c)),
        )
        expect(mergeEnvelopes(a, a)).toEqual(mergeEnvelopes(a, { ...a, g: {} }))
      }),
    )
  })
})

describe('conflicts as a reader meets them', () => {
  it('a card answered on one device, saved anew on another, its word deleted on a third, ends the same whichever device syncs first', () => {
    const changes: Parameters<typeof run>[2] = [
      { device: 1, operation: { op: 'save', word: 'Zug' }, advanceMs: 0 },
      { device: 1, operation: { op: 'review', word: 'Zug', grade: 1 }, advanceMs: 0 },
      { device: 0, operation: { op: 'save', word: 'Zug' }, advanceMs: 1 },
      { device: 2, operation: { op: 'delete', word: 'Zug' }, advanceMs: 0 },
    ]
    const [first, second] = [[2], []].map((syncOrder) => {
      const devices = makeDevices()
      const server = new Server()
      const now = run(devices, server, changes)
      for (const device of syncOrder) devices[device]!.sync(server, now)
      settle(devices, server, now)
      return devices.map((device) => device.state())
    })
    expect(second).toEqual(first)
    expect(first![1]).toEqual(first![0])
  })

  it('keeps a note written on one device and a status set on the other', () => {
    const [phone, laptop] = makeDevices()
    const server = new Server()
    phone!.save('Gipfel', DAY)
    phone!.sync(server, DAY)
    laptop!.sync(server, DAY)
    phone!.setNote('Gipfel', 'Bergspitze', DAY + 1000)
    laptop!.setStatus('Gipfel', 'known', DAY + 2000)
    settle([phone!, laptop!], server, DAY + 3000)
    expect(phone!.word('Gipfel')).toMatchObject({ note: 'Bergspitze', status: 'known' })
    expect(laptop!.state()).toEqual(phone!.state())
  })

  it('recomputes a card both devices reviewed offline from the merged log', () => {
    const [phone, laptop] = makeDevices()
    const server = new Server()
    phone!.save('Zug', DAY)
    settle([phone!, laptop!], server, DAY)
    phone!.review('Zug', 3, DAY + 60_000)
    laptop!.review('Zug', 1, DAY + 120_000)
    laptop!.review('Zug', 3, DAY + 180_000)
    settle([phone!, laptop!], server, DAY + 200_000)
    const log = [...phone!.records.entries()]
      .filter(([ref]) => ref.startsWith('reviews'))
      .map(([, r]) => r as ReviewRecord)
    expect(log).toHaveLength(3)
    expect(phone!.card('Zug')).toEqual(laptop!.card('Zug'))
    expect(phone!.card('Zug')).toEqual(replayCard('Zug', 'meaning', log))
    expect(phone!.card('Zug')!.reps).toBe(3)
  })

  it('a replayed log gives the card the answers gave', () => {
    let card = newCard('Blatt', 'meaning', DAY)
    const log: ReviewRecord[] = []
    for (const [i, grade] of ([3, 1, 3, 4, 2] as Grade[]).entries()) {
      const result = rateCard(card, grade, DAY + i * 3 * DAY + 1000, {
        durationMs: 10,
        reviewId: `r${i}`,
      })
      card = result.card
      log.push(result.review)
    }
    expect(replayCard('Blatt', 'meaning', log.reverse())).toEqual(card)
  })

  it('a saved word’s source travels whole, the mark of a machine-made English with it', () => {
    const word: WordRecord = {
      key: 'Beet',
      sense: 'Beet',
      lemma: 'Beet',
      pos: 'noun',
      gender: 'n',
      glosses: { en: 'bed', de: 'Beet' },
      status: 'learning',
      source: {
        slug: 'mine/t1',
        title: 'Im Garten',
        block: 3,
        sentence: 'Am Abend gießt sie die Beete.',
        forms: ['Beete'],
        translation: 'EN Am Abend gießt sie die Beete.',
        translationBy: 'machine',
      },
      note: '',
      addedAt: 1,
      updatedAt: 2,
    }
    const groups = wordsTable.split(word)
    expect(groups.source).toEqual(word.source)
    expect(wordsTable.join(JSON.parse(JSON.stringify(groups)) as typeof groups)).toEqual(word)
  })

  it('an older app never overwrites what a newer one wrote, and keeps it as it came', () => {
    const older = recordChange(
      wordsTable,
      'Zug',
      undefined,
      {
        key: 'Zug',
        sense: 'Zug',
        lemma: 'Zug',
        pos: 'noun',
        glosses: { en: 'train', de: 'Zug' },
        status: 'learning',
        note: 'old',
        addedAt: 1,
        updatedAt: 9,
      },
      '0000000000009-000000-b',
    )!
    const newer: Envelope = {
      ...older,
      g: { ...older.g, note: { h: '0000000000002-000000-a', v: 2, d: { text: 'new shape' } } },
    }
    const { merged } = mergeIncoming(older, newer)
    expect(merged.g.note).toEqual(newer.g.note)
    const [write] = applyPulled({
      pulled: [newer],
      local: new Map([[refOf('words', 'Zug'), older]]),
      reviews: [],
      nextStamp: () => 'x',
    })
    expect(write).toMatchObject({ newer: true, record: undefined })
  })
})
