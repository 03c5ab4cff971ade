import type { StorageError } from '@/lib/storage/storageError'
import { fill } from '@/lib/text/fill'
import type { StorageNoticeLabels } from './StorageNotice'

/** The storage strings of the learning namespace, as every learning view receives them. */
export interface StorageLabels extends StorageNoticeLabels {
  /** A full disk. */
  quota: string
  /** Any other failed write, with `{{detail}}`. */
  failed: string
}

/** What a failed storage action tells the reader: a full disk, no storage, or the browser's error. */
export function storageMessage(error: StorageError, labels: StorageLabels): string {
  return fill(labels[error.problem], { detail: error.detail })
}
