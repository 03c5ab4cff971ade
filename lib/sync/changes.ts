import { mergeEnvelopes, newestVersion, type Envelope, type StampedGroup } from './envelope'
import type { SyncedTable } from './registry'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The envelope after a local write: every group whose value changed gets the new stamp; a
 * deleted record (`undefined`) deletes its existence group and keeps the rest, so a later
 * merge still knows what each part was. Undefined when nothing changed.
 */
export function recordChange<R>(
  table: SyncedTable<R>,
  key: string,
  previous: Envelope | undefined,
  record: R | undefined,
  stamp: string,
): Envelope | undefined {
  if (table.appendOnly && previous) return undefined
  const stamped = (d: unknown): StampedGroup => ({ h: stamp, v: table.version, d })
  const groups: Record<string, StampedGroup> = { ...previous?.g }
  let changed = false
  const set = (name: string, value: unknown) => {
    const before = groups[name]
    if (before && same(before.d, value)) return
    groups[name] = stamped(value)
    changed = true
  }
  if (record === undefined) {
    set(table.existence, null)
  } else {
    const next = table.split(record)
    for (const [name, value] of Object.entries(next)) set(name, value)
    for (const name of Object.keys(groups)) if (!(name in next)) set(name, null)
  }
  if (!changed) return undefined
  return mergeEnvelopes({ t: table.name, k: key, g: {} }, { t: table.name, k: key, g: groups })
}

/** The values of an envelope's groups. */
export function groupValues(envelope: Envelope): Record<string, unknown> {
  return Object.fromEntries(Object.entries(envelope.g).map(([name, group]) => [name, group.d]))
}

/**
 * The local record an envelope stands for: undefined when deleted, or when a newer app
 * wrote it (`newer`), which this one leaves as it is rather than guess at its shape.
 */
export function materialize<R>(
  table: SyncedTable<R>,
  envelope: Envelope,
): { record: R | undefined; newer: boolean } {
  if (newestVersion(envelope) > table.version) return { record: undefined, newer: true }
  return { record: table.join(groupValues(envelope)), newer: false }
}

/** Whether the envelope deletes its record: what the server may compact after a while. */
export function isTombstone(table: SyncedTable, envelope: Envelope): boolean {
  return envelope.g[table.existence]?.d === null
}
