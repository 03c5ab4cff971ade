import { unzipSync } from 'fflate'
import { BookError } from './bookError'
import {
  MAX_COMPRESSION_RATIO,
  MAX_ENTRY_BYTES,
  MAX_UNPACKED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECKED_FROM_BYTES,
} from './limits'

export interface ZipEntry {
  name: string
  /** Bytes as stored (compressed). */
  size: number
  /** Bytes unpacked, as the zip declares them. */
  originalSize: number
}

/** A zip's directory, read without unpacking anything, and the entries asked for, unpacked. */
export interface BookZip {
  entries: Map<string, ZipEntry>
  /** Unpacks the named entries within the limits; a missing name is left out. */
  read(names: Iterable<string>): Map<string, Uint8Array>
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, at) => bytes[at] === byte)
}

/**
 * Opens a zip for a book. fflate unpacks each entry into a buffer of the size the zip
 * declares and never grows it, so checking the declared sizes bounds the memory an entry can
 * take even when the zip lies about them.
 */
export function openZip(bytes: Uint8Array): BookZip {
  if (!isZip(bytes)) throw new BookError('notZip')
  const entries = new Map<string, ZipEntry>()
  try {
    unzipSync(bytes, {
      filter(file) {
        if (entries.size >= MAX_ZIP_ENTRIES)
          throw new BookError('zipBomb', { reason: `more than ${MAX_ZIP_ENTRIES} entries` })
        entries.set(file.name, {
          name: file.name,
          size: file.size,
          originalSize: file.originalSize,
        })
        return false
      },
    })
  } catch (error) {
    if (error instanceof BookError) throw error
    throw new BookError('notZip', {
      reason: error instanceof Error ? error.message : String(error),
    })
  }

  return {
    entries,
    read(names) {
      const wanted = new Set<string>()
      let total = 0
      for (const name of names) {
        const entry = entries.get(name)
        if (!entry || wanted.has(name)) continue
        checkEntry(entry)
        total += entry.originalSize
        if (total > MAX_UNPACKED_BYTES)
          throw new BookError('zipBomb', {
            file: name,
            reason: `more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB of text unpacked`,
          })
        wanted.add(name)
      }
      try {
        return new Map(
          Object.entries(unzipSync(bytes, { filter: (file) => wanted.has(file.name) })),
        )
      } catch (error) {
        throw new BookError('notZip', {
          reason: error instanceof Error ? error.message : String(error),
        })
      }
    },
  }
}

function checkEntry(entry: ZipEntry) {
  if (entry.originalSize > MAX_ENTRY_BYTES)
    throw new BookError('zipBomb', {
      file: entry.name,
      reason: `${entry.originalSize} bytes unpacked, more than ${MAX_ENTRY_BYTES}`,
    })
  if (
    entry.originalSize > RATIO_CHECKED_FROM_BYTES &&
    entry.originalSize > entry.size * MAX_COMPRESSION_RATIO
  )
    throw new BookError('zipBomb', {
      file: entry.name,
      reason: `unpacks to ${Math.round(entry.originalSize / Math.max(1, entry.size))} times its size`,
    })
}
