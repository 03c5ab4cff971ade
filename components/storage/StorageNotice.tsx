'use client'

import { DB_NAME } from '@/lib/storage/db'
import { readRawDatabase, type Unreadable } from '@/lib/storage/learningStore'
import { type StorageError } from '@/lib/storage/storageError'
import { fill } from '@/lib/text/fill'
import { datedName, downloadFile } from '@/components/shared/download'

export interface StorageNoticeLabels {
  /** Templates: `{{detail}}`, and `{{count}}` in the singular and the plural. */
  unavailable: string
  unreadableOne: string
  unreadableOther: string
  exportRaw: string
}

interface StorageNoticeProps {
  /** The database could not be opened at all. */
  error?: StorageError
  /** It opened, but some records fail validation; they are kept and offered for export. */
  unreadable?: Unreadable
  labels: StorageNoticeLabels
}

/** Says that stored data cannot be read and offers whatever can be: never a silent wipe. */
export function StorageNotice({ error, unreadable, labels }: StorageNoticeProps) {
  const count = unreadable
    ? unreadable.words.length + unreadable.cards.length + unreadable.reviews.length
    : 0
  if (!error && count === 0) return null

  async function exportRaw() {
    const raw = await readRawDatabase(DB_NAME).catch(() => ({}))
    const text = JSON.stringify(
      { format: 'zweiklang-raw', exportedAt: new Date().toISOString(), stores: raw },
      null,
      2,
    )
    downloadFile(datedName('zweiklang-raw', 'json'), text, 'application/json')
  }

  return (
    <div className="storage-notice" role="alert">
      <p>
        {error
          ? fill(labels.unavailable, { detail: error.detail })
          : fill(count === 1 ? labels.unreadableOne : labels.unreadableOther, {
              count: String(count),
            })}
      </p>
      <button type="button" onClick={() => void exportRaw()}>
        {labels.exportRaw}
      </button>
    </div>
  )
}
