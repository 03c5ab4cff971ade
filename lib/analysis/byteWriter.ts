/** A writer's first capacity; it doubles when full and keeps its size across answers. */
const INITIAL_BYTES = 64 * 1024
const COMMA = 0x2c
const ZERO = 0x30
const DECIMAL = 10

/**
 * UTF-8 bytes written one part after another into one buffer that is reused: a lookup answer
 * is some 85 KB of parts (a headword's entries, a form's readings) that are either written once
 * per process as bytes or are small numbers, so an answer copies bytes and writes digits
 * instead of joining strings, encoding them, or collecting thousands of parts to concatenate.
 */
export class ByteWriter {
  private buffer = new Uint8Array(INITIAL_BYTES)
  length = 0

  /** Empties the writer, keeping its buffer. */
  reset() {
    this.length = 0
    return this
  }

  private room(extra: number) {
    const needed = this.length + extra
    if (needed <= this.buffer.length) return
    const larger = new Uint8Array(Math.max(needed, this.buffer.length * 2))
    larger.set(this.buffer.subarray(0, this.length))
    this.buffer = larger
  }

  add(part: Uint8Array) {
    this.room(part.length)
    this.buffer.set(part, this.length)
    this.length += part.length
    return this
  }

  /** An ASCII character. */
  byte(code: number) {
    this.room(1)
    this.buffer[this.length++] = code
    return this
  }

  /** A member of a JSON list or object: after a comma unless it is the first. */
  member(part: Uint8Array) {
    if (this.length > 0) this.byte(COMMA)
    return this.add(part)
  }

  /** A non-negative integer, in decimal. */
  number(value: number) {
    let digits = 1
    for (let rest = value; rest >= DECIMAL; rest = Math.floor(rest / DECIMAL)) digits++
    this.room(digits)
    let at = (this.length += digits)
    let rest = value
    do {
      this.buffer[--at] = ZERO + (rest % DECIMAL)
      rest = Math.floor(rest / DECIMAL)
    } while (rest > 0)
    return this
  }

  /** What has been written (a view: valid until the writer is written to again). */
  written(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}

/** Parts joined into one Buffer that owns its memory (so that a thread can transfer it). */
export function joinedBytes(parts: readonly Uint8Array[]): Buffer {
  let length = 0
  for (const part of parts) length += part.length
  const joined = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    joined.set(part, at)
    at += part.length
  }
  return Buffer.from(joined.buffer, 0, length)
}
