import { SyncStore } from '@/lib/storage/syncStore'
import { getLearningStore } from './learningStore'

/** The page's sync state and outbox, in the same database as the learning store. */
export async function getSyncStore(): Promise<SyncStore> {
  return new SyncStore((await getLearningStore()).db)
}
