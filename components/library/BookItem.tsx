'use client'

import Link from 'next/link'
import { useT } from '@/i18n/client'
import type { BookRecord } from '@/lib/books/records'
import { bookPath } from '@/lib/routes'

interface BookItemProps {
  book: BookRecord
  /** Share of its words read, 0 to 1. */
  read: number
  /** Share of its words known, 0 to 1, when it is known. */
  known?: number
  lng: string
  onDelete: () => void
}

/** One book in the library: what it is, where the reader is, and open or delete it. */
export function BookItem({ book, read, known, lng, onDelete }: BookItemProps) {
  const { t } = useT('books', { keyPrefix: 'library' })
  const title = { title: book.title }
  const format = new Intl.NumberFormat(lng, { style: 'percent' })
  const percent = format.format(read)
  return (
    <li className="imported-text" data-id={book.id}>
      <h3 lang="de">{book.title}</h3>
      <ul className="text-card-facts">
        {book.author && <li lang="de">{book.author}</li>}
        <li>
          {t('chapter', { chapter: book.position.chapter + 1, chapters: book.chapters.length })}
        </li>
        <li>{t('read', { percent })}</li>
        {known !== undefined && <li>{t('known', { percent: format.format(known) })}</li>}
      </ul>
      <p className="text-progress">
        <meter min={0} max={1} value={read} aria-label={t('readLabel')} />
      </p>
      <div className="imported-actions">
        <Link href={bookPath(lng, book.id)} aria-label={t('openName', title)}>
          {t('open')}
        </Link>
        <button type="button" aria-label={t('deleteName', title)} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </li>
  )
}
