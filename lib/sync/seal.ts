import { fromBase64Url, toBase64Url } from './base64url'

const IV_BYTES = 12
const LENGTH_BYTES = 4
/** The smallest bucket: a word's record, compressed, fits. */
const MIN_BUCKET = 512
/** Up to this, buckets double; above it they grow by this step, so padding costs < 1/8. */
const BUCKET_STEP = 64 * 1024

/**
 * The size a plaintext is padded to: powers of two up to 64 KiB, then multiples of 64 KiB,
 * so the server sees a size class, not how long a note or a sentence is.
 */
export function bucketSize(length: number): number {
  if (length <= MIN_BUCKET) return MIN_BUCKET
  if (length <= BUCKET_STEP) return 2 ** Math.ceil(Math.log2(length))
  return Math.ceil(length / BUCKET_STEP) * BUCKET_STEP
}

async function transform(bytes: Uint8Array<ArrayBuffer>, stream: GenericTransformStream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

/** A length-prefixed plaintext padded with zeros to its bucket. */
export function pad(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const padded = new Uint8Array(bucketSize(data.length + LENGTH_BYTES))
  new DataView(padded.buffer).setUint32(0, data.length)
  padded.set(data, LENGTH_BYTES)
  return padded
}

export function unpad(padded: Uint8Array): Uint8Array<ArrayBuffer> {
  const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0)
  if (length > padded.length - LENGTH_BYTES) throw new Error('bad padding')
  return padded.slice(LENGTH_BYTES, LENGTH_BYTES + length)
}

/**
 * Encrypts a record (or a device's label) for the server: JSON, compressed (texts and chapters shrink to a third),
 * padded, then AES-GCM with a fresh IV and the record's id as associated data, so the server
 * cannot pass one record's body off as another's. The body is base64url of IV ‖ ciphertext.
 */
export async function seal(key: CryptoKey, id: string, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value))
  const plain = pad(await transform(json, new CompressionStream('deflate-raw')))
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES))
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) },
    key,
    plain,
  )
  const body = new Uint8Array(IV_BYTES + cipher.byteLength)
  body.set(iv)
  body.set(new Uint8Array(cipher), IV_BYTES)
  return toBase64Url(body)
}

export class UnreadableRecordError extends Error {
  override name = 'UnreadableRecordError'
}

/**
 * Decrypts a body into the JSON value sealed; a body that is not ours, or was changed, throws
 * UnreadableRecordError. The caller checks the value's shape.
 */
export async function open(key: CryptoKey, id: string, body: string): Promise<unknown> {
  const bytes = fromBase64Url(body)
  if (!bytes || bytes.length <= IV_BYTES) throw new UnreadableRecordError('not a record body')
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(0, IV_BYTES),
        additionalData: new TextEncoder().encode(id),
      },
      key,
      bytes.slice(IV_BYTES),
    )
    const json = await transform(
      unpad(new Uint8Array(plain)),
      new DecompressionStream('deflate-raw'),
    )
    return JSON.parse(new TextDecoder().decode(json)) as unknown
  } catch (error) {
    throw new UnreadableRecordError(error instanceof Error ? error.message : 'unreadable')
  }
}
