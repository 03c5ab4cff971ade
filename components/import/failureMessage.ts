import { storageMessage } from '@/components/storage/storageMessage'
import type { StorageError } from '@/lib/storage/storageError'
import { fill } from '@/lib/text/fill'
import type { ImportLabels } from './ImportLabels'

/** What a failed save or shared-file import tells the reader. */
export function failureMessage(error: unknown, labels: ImportLabels): string {
  // By name, not instanceof: the error classes live in the storage code, loaded on demand.
  const name = error instanceof Error ? error.name : ''
  if (name === 'SharedTextError')
    return fill(labels.shared.invalid, { detail: (error as Error).message })
  if (name === 'StorageError') return storageMessage(error as StorageError, labels.storage)
  return fill(labels.storage.failed, { detail: String(error) })
}
