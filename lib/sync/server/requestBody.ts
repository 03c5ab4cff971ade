import type * as z from 'zod/mini'
import { MAX_REQUEST_BYTES, type SyncErrorCode } from '../protocol'
import { SyncFailure } from './failure'

/** Reads a JSON body of at most MAX_REQUEST_BYTES and checks it against the schema. */
export async function readBody<T>(request: Request, schema: z.ZodMiniType<T>): Promise<T> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_REQUEST_BYTES) throw tooLarge()
  const text = await readLimited(request)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new SyncFailure('bad-request', 'the request body is not JSON')
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const place = issue.path.length > 0 ? issue.path.join('.') : 'body'
    // Record ids and bodies are never echoed: the message names the place only.
    throw new SyncFailure(failureCode(issue.code, place), `${place}: ${issue.message}`)
  }
  return result.data
}

function failureCode(issue: string, place: string): SyncErrorCode {
  if (issue !== 'too_big') return 'bad-request'
  return place === 'records' ? 'too-many' : 'too-large'
}

/** The body as text, stopped as soon as it exceeds the limit (a chunked body has no length). */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_REQUEST_BYTES) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function tooLarge(): SyncFailure {
  return new SyncFailure(
    'too-large',
    `a request body holds at most ${MAX_REQUEST_BYTES / 1024 / 1024} MiB`,
  )
}
