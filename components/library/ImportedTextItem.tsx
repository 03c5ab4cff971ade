'use client'

import Link from 'next/link'
import type { ImportedText } from '@/lib/import/types'
import { importedTextPath } from '@/lib/routes'
import { useT } from '@/i18n/client'

interface ImportedTextItemProps {
  text: ImportedText
  words: number
  blocks: number
  lng: string
  date: Intl.DateTimeFormat
  onShare: () => void
  onDelete: () => void
}

/** One imported text in the library: what it is, and open, share or delete it. */
export function ImportedTextItem({
  text,
  words,
  blocks,
  lng,
  date,
  onShare,
  onDelete,
}: ImportedTextItemProps) {
  const { t } = useT('library', { keyPrefix: 'texts' })
  const title = { title: text.title }
  return (
    <li className="imported-text" data-id={text.id}>
      <h3 lang="de">{text.title}</h3>
      <ul className="text-card-facts">
        <li>{t('words', { count: words })}</li>
        <li>{t('blocks', { count: blocks })}</li>
        <li>{text.en ? t('withTranslation') : t('noTranslation')}</li>
        <li>{t('imported', { date: date.format(text.createdAt) })}</li>
      </ul>
      <div className="imported-actions">
        <Link href={importedTextPath(lng, text.id)} aria-label={t('openName', title)}>
          {t('open')}
        </Link>
        <button type="button" aria-label={t('shareName', title)} onClick={onShare}>
          {t('share')}
        </button>
        <button type="button" aria-label={t('deleteName', title)} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </li>
  )
}
