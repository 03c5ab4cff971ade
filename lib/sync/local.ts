import type { Envelope, StampedGroup } from './envelope'
import { formatStamp } from './hlc'
import type { SyncedTable } from './registry'

/** A record's local name: its table and key. */
export const refOf = (table: string, key: string) => `${table}\u0000${key}`

/** A group's stamp without its value: the value is in the local record. */
export type Stamp = Omit<StampedGroup, 'd'>

/**
 * What a device keeps beside each synced record: the stamps of its groups, and the values
 * only where no local record holds them (a deleted record, or one a newer app wrote). So a
 * book's chapters are not stored twice.
 */
export interface SyncMeta {
  stamps: Record<string, Stamp>
  values?: Record<string, unknown>
}

/** The device that stamps records written before sync existed: none, so any real one wins a tie. */
const BEFORE_SYNC = ''

/** The envelope of a local record, from its stamps and its values. */
export function envelopeOf<R>(
  table: SyncedTable<R>,
  key: string,
  meta: SyncMeta | undefined,
  record: R | undefined,
): Envelope | undefined {
  if (!meta) {
    if (record === undefined) return undefined
    // Written before sync: its groups are stamped with the time it was last changed.
    const h = formatStamp({ wall: table.timeOf(record), counter: 0 }, BEFORE_SYNC)
    const groups = Object.entries(table.split(record)).map(([name, d]) => [
      name,
      { h, v: table.version, d },
    ])
    return { t: table.name, k: key, g: Object.fromEntries(groups) }
  }
  const values = meta.values ?? (record === undefined ? {} : table.split(record))
  const groups = Object.entries(meta.stamps).map(([name, stamp]) => [
    name,
    { ...stamp, d: values[name] ?? null },
  ])
  return { t: table.name, k: key, g: Object.fromEntries(groups) }
}

/** What to keep beside the record after a change: values too when the record is not stored. */
export function metaOf(envelope: Envelope, stored: boolean): SyncMeta {
  const stamps = Object.fromEntries(
    Object.entries(envelope.g).map(([name, { h, v }]) => [name, { h, v }]),
  )
  if (stored) return { stamps }
  const values = Object.fromEntries(Object.entries(envelope.g).map(([name, { d }]) => [name, d]))
  return { stamps, values }
}
