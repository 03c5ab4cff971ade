import type { TFunction } from 'i18next'
import type { StorageError } from '@/lib/storage/storageError'

/** What a failed storage action tells the reader: a full disk, no storage, or the browser's error. */
export function storageMessage(error: StorageError, t: TFunction<'storage'>): string {
  return t(error.problem, { detail: error.detail })
}
