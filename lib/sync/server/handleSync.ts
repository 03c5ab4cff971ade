import { createHash } from 'node:crypto'
import * as z from 'zod/mini'
import {
  createSpaceRequestSchema,
  cursorSchema,
  DEVICE_HEADER,
  deviceIdSchema,
  deviceLabelRequestSchema,
  MAX_PULL_LIMIT,
  pushRequestSchema,
  RATE_LIMIT_PER_ADDRESS,
  RATE_LIMIT_PER_SPACE,
  RATE_WINDOW_SECONDS,
  spaceIdSchema,
  syncErrorStatus,
  tokenSchema,
  type SyncError,
} from '../protocol'
import { SyncFailure } from './failure'
import { readBody } from './requestBody'
import type { AuthorizedSpace, RateCheck, SyncStore } from './store'

export type SyncAction =
  'create' | 'delete' | 'push' | 'pull' | 'devices' | 'label' | 'leave' | 'rotate'

export interface SyncServer {
  store: () => Promise<SyncStore>
  now: () => number
  /**
   * Proxies in front of the server that append to X-Forwarded-For: the client's address is
   * that many entries from the end (Next itself sets the header to the socket's address
   * when a request has none).
   */
  proxyHops: number
  /** Requests a space and an address may make in a window; the protocol's unless a test says. */
  rateLimits?: RateLimits
}

export interface RateLimits {
  perSpace: number
  perAddress: number
}

export const RATE_LIMITS: RateLimits = {
  perSpace: RATE_LIMIT_PER_SPACE,
  perAddress: RATE_LIMIT_PER_ADDRESS,
}

export interface SyncParams {
  space: string
  device?: string
}

/**
 * Answers shorter than this go out uncompressed (`no-transform` keeps Next from gzipping
 * them): bodies are base64url of ciphertext, of which gzip saves at most a quarter, a few
 * hundred bytes on a poll's answer, for a zlib stream per answer that cost more CPU than the
 * rest of the request. Larger pages (an imported text, a resync) are still compressed.
 */
export const COMPRESS_FROM_CHARS = 16 * 1024
const pullQuerySchema = z.object({
  after: cursorSchema,
  limit: z.int().check(z.positive(), z.lte(MAX_PULL_LIMIT)),
  resync: z.optional(z.literal('1')),
})

/** Answers one sync request: every failure becomes `{ error, message }` with its status. */
export async function handleSync(
  server: SyncServer,
  action: SyncAction,
  request: Request,
  params: SyncParams,
): Promise<Response> {
  try {
    const space = parse(spaceIdSchema, params.space, 'space id in the path')
    let store: SyncStore
    try {
      store = await server.store()
    } catch (error) {
      console.error(`sync: the store cannot open: ${String(error)}`)
      throw new SyncFailure('store-busy', 'the sync store is not available', STORE_RETRY_SECONDS)
    }
    const now = server.now()
    const address = clientAddress(request, server.proxyHops)
    const rate = rateCheck(space, address, now, server.rateLimits ?? RATE_LIMITS)
    if (action === 'create') {
      await limitRate(store, rate)
      const { token } = await readBody(request, createSpaceRequestSchema)
      const created = await store.createSpace(space, hashToken(token), now)
      return json({ created }, created ? 201 : 200)
    }
    const { device, found } = await authorize(store, space, request, now, rate)
    return await act(store, action, request, space, params.device ?? device, now, found)
  } catch (error) {
    return failureResponse(error)
  }
}

async function act(
  store: SyncStore,
  action: Exclude<SyncAction, 'create'>,
  request: Request,
  space: string,
  device: string,
  now: number,
  found: AuthorizedSpace,
): Promise<Response> {
  switch (action) {
    case 'push': {
      const { records } = await readBody(request, pushRequestSchema)
      return ok({ cursor: await store.push(space, records, now) })
    }
    case 'pull': {
      const query = new URL(request.url).searchParams
      const { after, limit, resync } = parse(
        pullQuerySchema,
        {
          after: Number(query.get('after') ?? 0),
          limit: Number(query.get('limit') ?? MAX_PULL_LIMIT),
          resync: query.get('resync') ?? undefined,
        },
        'query (after, limit, resync)',
      )
      return ok(await store.pull(space, after, limit, { space: found, resync: resync === '1' }))
    }
    case 'devices':
      return ok({ devices: await store.devices(space) })
    case 'label': {
      const target = parse(deviceIdSchema, device, 'device id in the path')
      const { label } = await readBody(request, deviceLabelRequestSchema)
      await store.setLabel(space, target, label)
      return ok({ ok: true })
    }
    case 'leave':
      await store.removeDevice(space, parse(deviceIdSchema, device, 'device id in the path'))
      return ok({ ok: true })
    case 'rotate':
      await store.endSpace(space, 'rotated')
      return ok({ ok: true })
    case 'delete':
      await store.endSpace(space, 'deleted')
      return ok({ ok: true })
  }
}

/**
 * Counts the request, checks the token and notes the device, in one round trip; returns the
 * calling device's id and the space as found.
 */
async function authorize(
  store: SyncStore,
  space: string,
  request: Request,
  now: number,
  rate: RateCheck,
): Promise<{ device: string; found: AuthorizedSpace }> {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer (\S+)$/u.exec(header)
  const token = match && tokenSchema.safeParse(match[1]).success ? match[1] : undefined
  const device = deviceIdSchema.safeParse(request.headers.get(DEVICE_HEADER))
  if (!token || !device.success) {
    // Counted all the same: a flood of malformed requests is limited like any other.
    await limitRate(store, rate)
    if (!token)
      throw new SyncFailure('unauthorized', 'send the space token as Authorization: Bearer <token>')
    throw new SyncFailure(
      'bad-request',
      `${DEVICE_HEADER} header: ${device.error!.issues[0]!.message}`,
    )
  }
  const found = await store.authorize(space, hashToken(token), device.data, now, rate)
  return { device: device.data, found }
}

/** The request's rate-limit keys: its space and its address, in the current window. */
function rateCheck(space: string, address: string, now: number, limits: RateLimits): RateCheck {
  const windowMs = RATE_WINDOW_SECONDS * 1000
  const windowStart = now - (now % windowMs)
  // Addresses are kept hashed: the table needs to tell them apart, not to know them.
  const addressKey = `address:${createHash('sha256').update(address).digest('base64url').slice(0, 22)}`
  return {
    keys: [`space:${space}`, addressKey],
    limits: [limits.perSpace, limits.perAddress],
    windowStart,
    retryAfter: Math.ceil((windowStart + windowMs - now) / 1000),
  }
}

/** Counts a request that authorize does not count; refuses it beyond a limit. */
async function limitRate(store: SyncStore, rate: RateCheck) {
  const counts = await store.countRequest(rate.keys, rate.windowStart)
  if (rate.keys.some((key, index) => (counts.get(key) ?? 0) > rate.limits[index]!))
    throw new SyncFailure('rate-limited', 'too many requests: wait and try again', rate.retryAfter)
}

export function clientAddress(request: Request, proxyHops: number): string {
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded[Math.max(0, forwarded.length - 1 - proxyHops)] ?? 'unknown'
}

/** The server keeps sha256(token) only. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, place: string): T {
  const result = schema.safeParse(value)
  if (!result.success)
    throw new SyncFailure('bad-request', `${place}: ${result.error.issues[0]!.message}`)
  return result.data
}

function ok(body: object): Response {
  return json(body, 200)
}

function json(body: object, status: number, extra: Record<string, string> = {}): Response {
  const text = JSON.stringify(body)
  const cacheControl = text.length < COMPRESS_FROM_CHARS ? 'no-store, no-transform' : 'no-store'
  return new Response(text, {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': cacheControl, ...extra },
  })
}

export function failureResponse(error: unknown): Response {
  const failure = toFailure(error)
  const body: SyncError = { error: failure.code, message: failure.message }
  const headers: Record<string, string> = {}
  if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter)
  return json(body, syncErrorStatus[failure.code], headers)
}

/** Seconds a client waits before it tries a store that did not answer. */
const STORE_RETRY_SECONDS = 5

function toFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error
  // Only the message: a database error's detail could quote a value.
  console.error(`sync: ${error instanceof Error ? error.message : String(error)}`)
  return storeUnavailable(error)
    ? new SyncFailure('store-busy', 'the sync store is not available', STORE_RETRY_SECONDS)
    : new SyncFailure('server', 'the sync server failed; try again later')
}

/** Connection failures, a server shutting down or out of connections (SQLSTATE 08, 57P, 53300). */
function storeUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return false
  return /^(08|57P|53300$)|^ECONN|^ETIMEDOUT$/u.test(code)
}
