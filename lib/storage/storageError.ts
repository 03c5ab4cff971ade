// Apart from the store, so that a page can name storage failures without loading Dexie.

export type StorageProblem = 'quota' | 'unavailable' | 'failed'

/** A storage failure the interface can name: the disk is full, or IndexedDB cannot be opened. */
export class StorageError extends Error {
  override name = 'StorageError'
  constructor(
    readonly problem: StorageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`)
  }
}

function innermost(error: unknown): { name: string; message: string } {
  let current = error as { name?: string; message?: string; inner?: unknown } | undefined
  while (current?.inner) current = current.inner as typeof current
  return { name: current?.name ?? 'Error', message: current?.message ?? String(error) }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const { name, message } = innermost(error)
  if (name === 'QuotaExceededError') return new StorageError('quota', message)
  const cannotOpen = [
    'OpenFailedError',
    'VersionError',
    'UpgradeError',
    'DatabaseClosedError',
    'InvalidStateError',
    'UnknownError',
    'MissingAPIError',
    'SecurityError',
  ]
  const outer = (error as { name?: string }).name ?? ''
  if (cannotOpen.includes(name) || cannotOpen.includes(outer))
    return new StorageError('unavailable', `${outer || name}: ${message}`)
  return new StorageError('failed', `${name}: ${message}`)
}

/** Runs storage work, turning any failure into a StorageError the interface can name. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toStorageError(error)
  }
}
