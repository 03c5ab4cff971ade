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
  if (name === 'SharedTextError') {
    const { file, message } = error as Error & { file?: string }
    return t('shared.invalid', { name: file ?? '', detail: message })
  }
  if (name === 'StorageError') return storageMessage(error as StorageError, storageT)
  return storageT('failed', { detail: String(error) })
}
