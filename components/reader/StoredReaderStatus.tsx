import Link from 'next/link'
import { useT } from '@/i18n/client'

/** Why a text or book stored on this device is not shown (yet). */
export type StoredReaderStatusKind =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'unreadable'; reason: string }

interface StoredReaderStatusProps {
  status: StoredReaderStatusKind
  lng: string
  /** Where the reader's strings are: both readers name these the same. */
  strings: { ns: 'mine' } | { ns: 'books'; keyPrefix: 'reader' }
}

/**
 * What a reader of something kept in this browser shows while it opens, or when it is not
 * here or cannot be read: the same for imported texts and books.
 */
export function StoredReaderStatus({ status, lng, strings }: StoredReaderStatusProps) {
  const { ns, ...options } = strings
  const { t } = useT(ns, options)
  if (status.kind === 'loading')
    return (
      <p className="reader-loading" role="status">
        {t('loading')}
      </p>
    )
  return (
    <div className="reader-unavailable">
      <h1>{status.kind === 'missing' ? t('missingTitle') : t('failedTitle')}</h1>
      <p role={status.kind === 'unreadable' ? 'alert' : undefined}>
        {status.kind === 'missing' ? t('missing') : status.reason}
      </p>
      <p className="reader-unavailable-links">
        <Link href={`/${lng}/import`}>{t('toImport')}</Link>
        <Link href={`/${lng}`}>{t('toLibrary')}</Link>
      </p>
    </div>
  )
}
