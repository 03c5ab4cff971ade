import type { TFunction } from 'i18next'
import { storageMessage } from '@/components/storage/storageMessage'
import type { StorageError } from '@/lib/storage/storageError'

/** What a failed save or shared-file import tells the reader. */
export function failureMessage(
  error: unknown,
  t: TFunction<'import'>,
  storageT: TFunction<'storage'>,
): string {
  // By name, not instanceof: the error classes live in the storage code, loaded on demand.
  const name = error instanceof Error ? error.name : ''
  if (name === 'SharedTextError') return t('shared.invalid', { detail: (error as Error).message })
  if (name === 'StorageError') return storageMessage(error as StorageError, storageT)
  return storageT('failed', { detail: String(error) })
}
