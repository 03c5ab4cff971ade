'use client'

import { DB_NAME } from '@/lib/storage/dbName'
import type { Unreadable } from '@/lib/storage/learningStore'
import { readRawDatabase } from '@/lib/storage/rawDatabase'
import { type StorageError } from '@/lib/storage/storageError'
import { datedName, downloadFile } from '@/components/shared/download'
import { useT } from '@/i18n/client'

interface StorageNoticeProps {
  /** The database could not be opened at all. */
  error?: StorageError
  /** It opened, but some records fail validation; they are kept and offered for export. */
  unreadable?: Unreadable
}

/** Says that stored data cannot be read and offers whatever can be: never a silent wipe. */
export function StorageNotice({ error, unreadable }: StorageNoticeProps) {
  const { t } = useT('storage')
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
      <p>{error ? t('unavailable', { detail: error.detail }) : t('unreadable', { count })}</p>
      <button type="button" onClick={() => void exportRaw()}>
        {t('exportRaw')}
      </button>
    </div>
  )
}
