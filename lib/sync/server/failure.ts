import type { SyncErrorCode } from '../protocol'

/** A request refused for a reason the client can name: answered `{ error: code, message }`. */
export class SyncFailure extends Error {
  override name = 'SyncFailure'
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    /** Seconds, for `rate-limited` and `store-busy`. */
    readonly retryAfter?: number,
  ) {
    super(message)
  }
}
