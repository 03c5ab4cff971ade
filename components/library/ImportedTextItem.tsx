'use client'

import Link from 'next/link'
import type { ImportedText } from '@/lib/import/types'
import { importedTextPath } from '@/lib/routes'
import { fill } from '@/lib/text/fill'
import type { ImportedTextsStrings } from './ImportedTexts'

interface ImportedTextItemProps {
  text: ImportedText
  words: number
  blocks: number
  lng: string
  date: Intl.DateTimeFormat
  number: Intl.NumberFormat
  labels: ImportedTextsStrings
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
  number,
  labels,
  onShare,
  onDelete,
}: ImportedTextItemProps) {
  const title = { title: text.title }
  return (
    <li className="imported-text" data-id={text.id}>
      <h3 lang="de">{text.title}</h3>
      <ul className="text-card-facts">
        <li>
          {fill(words === 1 ? labels.words_one : labels.words_other, {
            count: number.format(words),
          })}
        </li>
        <li>
          {fill(blocks === 1 ? labels.blocks_one : labels.blocks_other, {
            count: number.format(blocks),
          })}
        </li>
        <li>{text.en ? labels.withTranslation : labels.noTranslation}</li>
        <li>{fill(labels.imported, { date: date.format(text.createdAt) })}</li>
      </ul>
      <div className="imported-actions">
        <Link href={importedTextPath(lng, text.id)} aria-label={fill(labels.openName, title)}>
          {labels.open}
        </Link>
        <button type="button" aria-label={fill(labels.shareName, title)} onClick={onShare}>
          {labels.share}
        </button>
        <button type="button" aria-label={fill(labels.deleteName, title)} onClick={onDelete}>
          {labels.delete}
        </button>
      </div>
    </li>
  )
}
