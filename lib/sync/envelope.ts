/**
 * What a synced record is, on every device and (encrypted) on the server: its table and
 * local key, and its fields in groups, each group stamped with the clock of its last change
 * and the schema version of the app that made it. A group's value `null` is a deletion.
 */
export interface StampedGroup {
  /** The hybrid logical clock stamp of the change (`hlc.ts`). */
  h: string
  /** The schema version of the app that wrote it. */
  v: number
  /** The group's value; null when the record (or this part of it) was deleted. */
  d: unknown
}

export interface Envelope {
  /** The synced table (`registry.ts`). */
  t: string
  /** The record's key in that table. */
  k: string
  g: Record<string, StampedGroup>
}

/**
 * Orders two writes of the same group: the newer schema first, so an older app never
 * overwrites what a newer one wrote; then the later clock; then, for two writes with the
 * same stamp (impossible between devices, which sign their stamps), the value itself.
 */
export function compareGroups(a: StampedGroup, b: StampedGroup): number {
  if (a.v !== b.v) return a.v - b.v
  if (a.h !== b.h) return a.h < b.h ? -1 : 1
  const [x, y] = [JSON.stringify(a.d), JSON.stringify(b.d)]
  return x === y ? 0 : x < y ? -1 : 1
}

/**
 * Merges two versions of one record group by group: the greater of each. A join of a
 * semilattice: in any order, any number of times, the same result.
 */
export function mergeEnvelopes(a: Envelope, b: Envelope): Envelope {
  const groups: Record<string, StampedGroup> = { ...a.g }
  for (const [name, theirs] of Object.entries(b.g)) {
    const ours = groups[name]
    if (!ours || compareGroups(theirs, ours) > 0) groups[name] = theirs
  }
  return { t: a.t, k: a.k, g: sortKeys(groups) }
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Whether two envelopes say the same: same groups, stamps, versions and values. */
export function sameEnvelope(a: Envelope | undefined, b: Envelope | undefined): boolean {
  if (!a || !b) return a === b
  const names = Object.keys(a.g)
  if (names.length !== Object.keys(b.g).length) return false
  return names.every((name) => {
    const [x, y] = [a.g[name], b.g[name]]
    return !!x && !!y && compareGroups(x, y) === 0
  })
}

/** The newest version any group of the record was written by. */
export function newestVersion(envelope: Envelope): number {
  return Math.max(0, ...Object.values(envelope.g).map((group) => group.v))
}
