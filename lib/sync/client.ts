import {
  DEVICE_HEADER,
  devicesResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_API_PREFIX,
  syncErrorSchema,
  type Device,
  type PullResponse,
  type PushRecord,
  type SyncErrorCode,
} from './protocol'

/** Why a request failed: the server's code, or `offline` when it never answered. */
export type SyncFailure = SyncErrorCode | 'offline'

export class SyncRequestError extends Error {
  override name = 'SyncRequestError'
  constructor(
    readonly code: SyncFailure,
    /** From Retry-After, when the server said when to come back. */
    readonly retryAfterMs?: number,
  ) {
    super(code)
  }
}

const MS_PER_SECOND = 1000

/** What a space's requests need: where, which space, the token, and who asks. */
export interface SpaceAccess {
  spaceId: string
  token: string
  device: string
}

/** The sync routes as typed calls; every answer is validated, every failure named. */
export class SyncClient {
  constructor(
    readonly access: SpaceAccess,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
    private readonly origin = '',
  ) {}

  private async request(path: string, init: RequestInit = {}, authorized = true): Promise<unknown> {
    const headers = new Headers(init.headers)
    if (init.body) headers.set('content-type', 'application/json')
    if (authorized) {
      headers.set('authorization', `Bearer ${this.access.token}`)
      headers.set(DEVICE_HEADER, this.access.device)
    }
    let response: Response
    try {
      response = await this.fetcher(
        `${this.origin}${SYNC_API_PREFIX}/${this.access.spaceId}${path}`,
        { ...init, headers, cache: 'no-store' },
      )
    } catch {
      throw new SyncRequestError('offline')
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (response.ok) return body
    const retryAfter = Number(response.headers.get('retry-after'))
    const parsed = syncErrorSchema.safeParse(body)
    throw new SyncRequestError(
      parsed.success ? parsed.data.error : 'server',
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * MS_PER_SECOND : undefined,
    )
  }

  private send(method: string, path: string, body?: unknown) {
    return this.request(path, { method, ...(body ? { body: JSON.stringify(body) } : {}) })
  }

  /** Creates the space (or confirms it, with the same token). */
  async create(): Promise<void> {
    await this.request(
      '',
      { method: 'PUT', body: JSON.stringify({ token: this.access.token }) },
      false,
    )
  }

  async push(records: PushRecord[]): Promise<number> {
    return parse(pushResponseSchema, await this.send('POST', '/push', { records })).cursor
  }

  /** `resync`: the cursor comes from a full resync after a `compacted` reset, not from before. */
  async pull(after: number, limit: number, resync = false): Promise<PullResponse> {
    const query = `after=${after}&limit=${limit}${resync ? '&resync=1' : ''}`
    return parse(pullResponseSchema, await this.send('GET', `/pull?${query}`))
  }

  async devices(): Promise<Device[]> {
    return parse(devicesResponseSchema, await this.send('GET', '/devices')).devices
  }

  async setLabel(label: string): Promise<void> {
    await this.send('PUT', `/devices/${this.access.device}`, { label })
  }

  async leave(): Promise<void> {
    await this.send('DELETE', `/devices/${this.access.device}`)
  }

  async rotate(): Promise<void> {
    await this.send('POST', '/rotate')
  }

  async deleteSpace(): Promise<void> {
    await this.send('DELETE', '')
  }
}

function parse<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  body: unknown,
): T {
  const result = schema.safeParse(body)
  if (!result.success) throw new SyncRequestError('server')
  return result.data as T
}
