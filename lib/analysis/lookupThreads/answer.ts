import { promisify } from 'node:util'
import { deflate, gzip } from 'node:zlib'
import { lookupWords } from '../lookup'
import type { Coding, LookupReply } from './protocol'

const compress = { gzip: promisify(gzip), deflate: promisify(deflate) }

/** The bytes as a Uint8Array that owns its whole buffer, so that the buffer can be transferred. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength)
    return bytes as Uint8Array<ArrayBuffer>
  // Node's small buffers are views of a shared pool: transferring one would take the pool.
  return new Uint8Array(bytes)
}

/**
 * A lookup thread's work for one request (see thread.ts): the words its query string names
 * (or why it is refused), their answer as UTF-8 JSON (`answer`: lookupAnswers' bytes), compressed in
 * the coding the client takes, at zlib's default level as Next compressed it (the seed
 * article's lookups stay under 30 KB). Compression runs on libuv's threads, so the lookup
 * thread goes on to the next answer meanwhile.
 */
export function lookupReplies(answer: (words: readonly string[]) => Uint8Array) {
  const encoder = new TextEncoder()
  return async function reply(query: string, coding: Coding): Promise<LookupReply> {
    const asked = lookupWords(query)
    const [status, body] =
      'refused' in asked
        ? ([400, encoder.encode(JSON.stringify({ error: asked.refused }))] as const)
        : ([200, answer(asked.words)] as const)
    if (coding === 'identity') return { status, body: owned(body) }
    return { status, body: owned(await compress[coding](body)) }
  }
}
