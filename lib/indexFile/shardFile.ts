import { deflateRawSync, inflateRawSync } from 'node:zlib'

/**
 * The committed indexes' file format: opened in milliseconds, decoded a shard at a time.
 *
 *   4 bytes   header length n, big-endian
 *   n bytes   header, JSON: the index's own fields and, per group of records, where its
 *             shards lie and (for a keyed group) each shard's first key
 *   …         the shards: each a raw-deflated JSON array of SHARD_RECORDS records
 *
 * A keyed group's records are [key, …] sorted by key (code units, no locale), so a key is
 * found by a binary search over the shards' first keys and a decode of one shard; a record's
 * number in its group is its rank in that order. Same records, same bytes.
 */
export const SHARD_RECORDS = 256

const HEADER_LENGTH_BYTES = 4
const DEFLATE_LEVEL = 9

interface GroupPlace {
  count: number
  /** Byte offsets of the shards in the body, and the body's end. */
  offsets: number[]
  /** A keyed group's first key of each shard. */
  firsts?: string[]
}

interface FileHeader {
  groups: Record<string, GroupPlace>
  [field: string]: unknown
}

export type ShardRecord = readonly unknown[]

/** Writes a file: `fields` go in the header, `groups` are lists of records (keyed: sorted). */
export function encodeShardFile(
  fields: Record<string, unknown>,
  groups: Record<string, { records: readonly ShardRecord[]; keyed: boolean }>,
): Buffer {
  const places: Record<string, GroupPlace> = {}
  const shards: Buffer[] = []
  let offset = 0
  for (const [name, { records, keyed }] of Object.entries(groups)) {
    const place: GroupPlace = {
      count: records.length,
      offsets: [],
      ...(keyed ? { firsts: [] } : {}),
    }
    for (let start = 0; start < records.length; start += SHARD_RECORDS) {
      const slice = records.slice(start, start + SHARD_RECORDS)
      const bytes = deflateRawSync(JSON.stringify(slice), { level: DEFLATE_LEVEL })
      place.offsets.push(offset)
      place.firsts?.push(slice[0]![0] as string)
      shards.push(bytes)
      offset += bytes.length
    }
    place.offsets.push(offset)
    places[name] = place
  }
  const header = Buffer.from(JSON.stringify({ ...fields, groups: places }), 'utf8')
  const length = Buffer.alloc(HEADER_LENGTH_BYTES)
  length.writeUInt32BE(header.length)
  return Buffer.concat([length, header, ...shards])
}

/** One group of a file's records, decoded a shard at a time as they are asked for. */
export interface ShardGroup<R extends ShardRecord> {
  count: number
  /** The record numbered `ordinal` (0 ≤ ordinal < count). */
  record(ordinal: number): R
  /** A keyed group's number of the record with this key, or -1. */
  find(key: string): number
  /** A keyed group's keys that start with `prefix`, in order (found by one search). */
  keysStartingWith(prefix: string): string[]
  /** Every record, in order (for scripts: decodes the whole group). */
  all(): R[]
}

function openGroup<R extends ShardRecord>(body: Buffer, place: GroupPlace): ShardGroup<R> {
  const decoded: (R[] | undefined)[] = []
  const positions: (Map<string, number> | undefined)[] = []
  const shard = (index: number) =>
    (decoded[index] ??= JSON.parse(
      inflateRawSync(body.subarray(place.offsets[index], place.offsets[index + 1])).toString(
        'utf8',
      ),
    ) as R[])
  const firsts = place.firsts ?? []
  // The last shard whose first key is not after the key (0 when none is).
  const shardOf = (key: string) => {
    let low = 0
    let high = firsts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (firsts[middle]! <= key) low = middle
      else high = middle - 1
    }
    return low
  }
  return {
    count: place.count,
    record: (ordinal) => shard(Math.floor(ordinal / SHARD_RECORDS))[ordinal % SHARD_RECORDS]!,
    find(key) {
      if (firsts.length === 0 || key < firsts[0]!) return -1
      const low = shardOf(key)
      let inShard = positions[low]
      if (!inShard) {
        inShard = new Map(shard(low).map((record, i) => [record[0] as string, i]))
        positions[low] = inShard
      }
      const position = inShard.get(key)
      return position === undefined ? -1 : low * SHARD_RECORDS + position
    },
    keysStartingWith(prefix) {
      const found: string[] = []
      if (firsts.length === 0) return found
      // Keys sort by code units: those with the prefix follow one another from its place on.
      for (let index = shardOf(prefix); index < firsts.length; index++) {
        for (const record of shard(index)) {
          const key = record[0] as string
          if (key.startsWith(prefix)) found.push(key)
          else if (key > prefix) return found
        }
      }
      return found
    },
    all: () => Array.from({ length: place.offsets.length - 1 }, (_, i) => shard(i)).flat(),
  }
}

/** Opens a file's bytes: reads the header only. */
export function openShardFile(bytes: Buffer) {
  const headerEnd = HEADER_LENGTH_BYTES + bytes.readUInt32BE(0)
  const header = JSON.parse(
    bytes.subarray(HEADER_LENGTH_BYTES, headerEnd).toString('utf8'),
  ) as FileHeader
  const body = bytes.subarray(headerEnd)
  const { groups, ...fields } = header
  return {
    fields,
    group: <R extends ShardRecord>(name: string): ShardGroup<R> => {
      const place = groups[name]
      if (!place) throw new Error(`index file: no group "${name}"`)
      return openGroup<R>(body, place)
    },
  }
}
