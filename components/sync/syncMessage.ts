import type { TFunction } from 'i18next'
import { storageMessage } from '@/components/storage/storageMessage'
import { StorageError } from '@/lib/storage/storageError'
import { SyncRequestError } from '@/lib/sync/client'
import { KeyInputError } from '@/lib/sync/keys'

/** What a failed sync action tells the reader, in the interface language. */
export function syncMessage(error: unknown, t: TFunction<'sync'>, tStorage: TFunction<'storage'>) {
  if (error instanceof KeyInputError) return t(`keyProblem.${error.problem}`, { word: error.word })
  if (error instanceof StorageError) return storageMessage(error, tStorage)
  const code = error instanceof SyncRequestError ? error.code : 'server'
  const reason = t(`failure.${code}`)
  // Said on its own, after an action, the reason starts the sentence.
  return reason.charAt(0).toUpperCase() + reason.slice(1)
}
