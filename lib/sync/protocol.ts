import * as z from 'zod/mini'
import '@/lib/validation/browserZod'

/*
 * The sync protocol shared by the browser and the server: every request and response body,
 * the error codes and the limits. The server sees only opaque values derived from the sync
 * key (space id, token, record ids) and encrypted record bodies; see docs/sync.md.
 *
 * Routes (all JSON, never cached):
 *   PUT    /api/sync/{space}                   CreateSpaceRequest → 201 | 200 (same token) | 409
 *   DELETE /api/sync/{space}                   → OkResponse; afterwards 410 `deleted`
 *   POST   /api/sync/{space}/push              PushRequest → PushResponse
 *   GET    /api/sync/{space}/pull?after=&limit= → PullResponse
 *   GET    /api/sync/{space}/devices           → DevicesResponse
 *   PUT    /api/sync/{space}/devices/{device}  DeviceLabelRequest → OkResponse
 *   DELETE /api/sync/{space}/devices/{device}  → OkResponse (the device leaves)
 *   POST   /api/sync/{space}/rotate            → OkResponse; afterwards 410 `rotated`
 *   GET    /api/health                         → HealthResponse
 * Every route but PUT /api/sync/{space} and health needs `Authorization: Bearer <token>` and
 * `x-sync-device: <device id>`.
 */

export const SYNC_API_PREFIX = '/api/sync'
export const DEVICE_HEADER = 'x-sync-device'

// Limits. A request over one of them is refused as a whole; nothing of it is stored.
/** Records in one push. */
export const MAX_PUSH_RECORDS = 200
/** Bytes of one request body (the JSON as sent). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024
/** Characters of one record body (base64url of iv ‖ ciphertext). */
export const MAX_RECORD_BODY_CHARS = 1024 * 1024
/** Records in one pull page; also the default when `limit` is absent. */
export const MAX_PULL_LIMIT = 500
/** Characters of bodies in one pull page: a page ends early (`more: true`) beyond this. */
export const MAX_PULL_BODY_CHARS = 4 * 1024 * 1024
/** Characters of an encrypted device label. */
export const MAX_LABEL_CHARS = 512
/** Devices one space remembers. */
export const MAX_DEVICES_PER_SPACE = 50
// Quota per space: the characters of all its bodies and the number of its records
// (tombstones included).
export const SPACE_QUOTA_BODY_CHARS = 50 * 1024 * 1024
export const SPACE_QUOTA_RECORDS = 100_000
// Rate limits, fixed windows counted in the store (so they hold across server instances).
export const RATE_WINDOW_SECONDS = 60
export const RATE_LIMIT_PER_SPACE = 600
export const RATE_LIMIT_PER_ADDRESS = 1200
/**
 * Tombstones older than this are compacted away; a device whose cursor is older than the
 * newest compacted tombstone gets `reset: 'compacted'` and a full resync.
 */
export const TOMBSTONE_RETENTION_DAYS = 90

const base64url = /^[A-Za-z0-9_-]*$/u

/** 16 random-looking bytes as lowercase hex: derived from the sync key by HKDF. */
export const spaceIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/u))
/** 32 bytes as base64url without padding: derived from the sync key by HKDF. */
export const tokenSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/u))
/** 16 random bytes as base64url, chosen by each device once. */
export const deviceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/u))
/** HMAC-SHA256 of the record's key under the sync key's id key, base64url. */
export const recordIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/u))
/** base64url of iv ‖ AES-GCM ciphertext, padded by the client to a size bucket. */
export const recordBodySchema = z
  .string()
  .check(z.minLength(1), z.maxLength(MAX_RECORD_BODY_CHARS), z.regex(base64url))
/** A server sequence number: strictly increasing per space, 0 before the first record. */
export const cursorSchema = z.int().check(z.nonnegative())

export const createSpaceRequestSchema = z.object({ token: tokenSchema })
export type CreateSpaceRequest = z.infer<typeof createSpaceRequestSchema>
export interface CreateSpaceResponse {
  created: boolean
}

export const pushRecordSchema = z.object({
  id: recordIdSchema,
  body: recordBodySchema,
  /**
   * The record is a tombstone. The only thing the server knows about a record's content:
   * it lets old tombstones be compacted.
   */
  deleted: z.optional(z.boolean()),
})
export type PushRecord = z.infer<typeof pushRecordSchema>

export const pushRequestSchema = z.object({
  records: z.array(pushRecordSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_RECORDS)),
})
export type PushRequest = z.infer<typeof pushRequestSchema>

export const pushResponseSchema = z.object({
  /** The space's newest sequence number after this push. */
  cursor: cursorSchema,
})
export type PushResponse = z.infer<typeof pushResponseSchema>

export const pulledRecordSchema = z.object({
  id: recordIdSchema,
  body: recordBodySchema,
  deleted: z.boolean(),
  seq: cursorSchema,
})
export type PulledRecord = z.infer<typeof pulledRecordSchema>

export const pullResets = ['compacted', 'restored'] as const
export type PullReset = (typeof pullResets)[number]

export const pullResponseSchema = z.object({
  /** In `seq` order, each record once (its newest version). */
  records: z.array(pulledRecordSchema),
  /** Ask again with `after=cursor` for the next page. */
  cursor: cursorSchema,
  /** More records wait after `cursor`. */
  more: z.boolean(),
  /**
   * Not null when `after` cannot be continued: this page starts from the beginning of the
   * space (the device asks for its next pages with `resync=1`: its cursor is then from this
   * full pull, however old), and once the last page has arrived the device reconciles:
   * - `compacted`: `after` is older than compacted tombstones. A record the device had from
   *   the server that the full pull did not return was deleted (unless changed locally since).
   * - `restored`: the server was restored from a backup older than `after`. A record the
   *   full pull did not return was lost by the server: the device pushes it again.
   */
  reset: z.nullable(z.enum(pullResets)),
})
export type PullResponse = z.infer<typeof pullResponseSchema>

export const deviceLabelRequestSchema = z.object({
  /** Encrypted by the client, base64url; the server cannot read it. */
  label: z.string().check(z.minLength(1), z.maxLength(MAX_LABEL_CHARS), z.regex(base64url)),
})
export type DeviceLabelRequest = z.infer<typeof deviceLabelRequestSchema>

export const deviceSchema = z.object({
  device: deviceIdSchema,
  label: z.nullable(z.string()),
  /** Milliseconds since the epoch of the device's last request. */
  lastSeen: z.int(),
})
export type Device = z.infer<typeof deviceSchema>

export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) })
export type DevicesResponse = z.infer<typeof devicesResponseSchema>

export interface OkResponse {
  ok: true
}

export interface HealthResponse {
  ok: boolean
  store: 'embedded' | 'postgres'
}

/** Every error answers `{ error, message }`; the client translates `error`, never `message`. */
export const syncErrorCodes = [
  'bad-request', // 400: malformed JSON, path, header or field (the message names which)
  'unauthorized', // 401: no token, or not this space's token
  'no-space', // 404: no such space (what a wrong sync key produces)
  'no-device', // 404: DELETE or PUT of a device the space does not know
  'exists', // 409: PUT of a space that exists with another token
  'deleted', // 410: the space was deleted
  'rotated', // 410: the key was rotated: join again with the new key
  'too-large', // 413: request body or one record body over its limit
  'too-many', // 413: more records in one push than MAX_PUSH_RECORDS
  'quota', // 413: the space would exceed its quota (bodies, records or devices)
  'rate-limited', // 429: with Retry-After in seconds
  'store-busy', // 503: the store cannot answer now (with Retry-After); try again later
  'server', // 500: anything else
] as const
export type SyncErrorCode = (typeof syncErrorCodes)[number]

export const syncErrorSchema = z.object({
  error: z.enum(syncErrorCodes),
  message: z.string(),
})
export type SyncError = z.infer<typeof syncErrorSchema>

export const syncErrorStatus: Record<SyncErrorCode, number> = {
  'bad-request': 400,
  unauthorized: 401,
  'no-space': 404,
  'no-device': 404,
  exists: 409,
  deleted: 410,
  rotated: 410,
  'too-large': 413,
  'too-many': 413,
  quota: 413,
  'rate-limited': 429,
  'store-busy': 503,
  server: 500,
}
