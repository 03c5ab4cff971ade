import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deletedWhileAway, type OutboxEntry } from '@/lib/sync/resync'

const entries = fc.uniqueArray(
  fc.record({ ref: fc.string({ minLength: 1, maxLength: 6 }), pending: fc.constantFrom(0, 1, 2) }),
  { selector: (entry) => entry.ref, maxLength: 40 },
)

describe('a full resync after compaction', () => {
  it('removes exactly the synced records the server did not return, whatever the order', () => {
    fc.assert(
      fc.property(entries, fc.array(fc.string({ maxLength: 6 })), (local, server) => {
        const returned = new Set([
          ...server,
          ...local.filter((_, i) => i % 3 === 0).map((e) => e.ref),
        ])
        const gone = new Set(deletedWhileAway(local, returned))
        for (const entry of local) {
          const kept = !gone.has(entry.ref)
          // On the server, or changed here since (or never syncable): it stays.
          expect(kept).toBe(returned.has(entry.ref) || entry.pending !== 0)
        }
        const reversed: OutboxEntry[] = [...local].reverse()
        expect(new Set(deletedWhileAway(reversed, returned))).toEqual(gone)
      }),
    )
  })

  it('removes nothing when the server returned everything the device had', () => {
    fc.assert(
      fc.property(entries, (local) => {
        expect(deletedWhileAway(local, new Set(local.map((entry) => entry.ref)))).toEqual([])
      }),
    )
  })
})
