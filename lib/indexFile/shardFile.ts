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

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN = 0x5b
const CLOSE = 0x5d

/** The place of the quote that closes the JSON string whose opening quote is at `open`. */
function stringEnd(text: string, open: number): number {
  let end = text.indexOf('"', open + 1)
  for (;;) {
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return end
    end = text.indexOf('"', end + 1)
  }
}

/**
 * A decoded shard: its JSON text, where each record starts in it (and, last, the text's end
 * but for the closing bracket, plus one), and the records parsed so far. A lookup reads a
 * record or two of a shard's 256, so a record is parsed when it is first asked for: the text
 * is scanned for where records begin, which costs a fraction of parsing all of them (and of
 * the garbage the unused ones would be).
 */
interface ShardText<R> {
  text: string
  starts: Int32Array<ArrayBuffer>
  records: (R | undefined)[]
  /** A keyed shard's keys, in order (read from the text when first searched). */
  keys?: string[]
}

/** Where each top-level record of a JSON array of arrays starts (see ShardText). */
function recordStarts(text: string): Int32Array<ArrayBuffer> {
  const starts: number[] = []
  let depth = 0
  // Past the array's opening bracket: the records are at depth 1.
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) i = stringEnd(text, i)
    else if (code === OPEN) {
      if (depth++ === 0) starts.push(i)
    } else if (code === CLOSE) depth--
  }
  // The last record ends before the array's closing bracket, as the others before a comma.
  starts.push(text.length)
  return Int32Array.from(starts)
}

/** The key (first member, a string) of the record that starts at `start`. */
function keyAt(text: string, start: number): string {
  const end = stringEnd(text, start + 1)
  const key = text.slice(start + 2, end)
  return key.includes('\\') ? (JSON.parse(text.slice(start + 1, end + 1)) as string) : key
}

function openGroup<R extends ShardRecord>(body: Buffer, place: GroupPlace): ShardGroup<R> {
  const shards: (ShardText<R> | undefined)[] = []
  const shardText = (index: number) =>
    inflateRawSync(body.subarray(place.offsets[index], place.offsets[index + 1])).toString('utf8')
  const shard = (index: number): ShardText<R> => {
    let found = shards[index]
    if (!found) {
      const text = shardText(index)
      found = { text, starts: recordStarts(text), records: [] }
      shards[index] = found
    }
    return found
  }
  const recordIn = (found: ShardText<R>, position: number): R =>
    (found.records[position] ??= JSON.parse(
      found.text.slice(found.starts[position], found.starts[position + 1]! - 1),
    ) as R)
  const keysOf = (found: ShardText<R>) =>
    (found.keys ??= Array.from({ length: found.starts.length - 1 }, (_, i) =>
      keyAt(found.text, found.starts[i]!),
    ))
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
    record: (ordinal) =>
      recordIn(shard(Math.floor(ordinal / SHARD_RECORDS)), ordinal % SHARD_RECORDS),
    find(key) {
      if (firsts.length === 0 || key < firsts[0]!) return -1
      const index = shardOf(key)
      const keys = keysOf(shard(index))
      // The shard's keys are sorted: a binary search.
      let low = 0
      let high = keys.length - 1
      while (low <= high) {
        const middle = (low + high) >> 1
        const each = keys[middle]!
        if (each === key) return index * SHARD_RECORDS + middle
        if (each < key) low = middle + 1
        else high = middle - 1
      }
      return -1
    },
    keysStartingWith(prefix) {
      const found: string[] = []
      if (firsts.length === 0) return found
      // Keys sort by code units: those with the prefix follow one another from its place on.
      for (let index = shardOf(prefix); index < firsts.length; index++) {
        for (const key of keysOf(shard(index))) {
          if (key.startsWith(prefix)) found.push(key)
          else if (key > prefix) return found
        }
      }
      return found
    },
    all: () =>
      Array.from(
        { length: place.offsets.length - 1 },
        (_, i) => JSON.parse(shardText(i)) as R[],
      ).flat(),
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
