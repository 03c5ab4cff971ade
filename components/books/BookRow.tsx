'use client'

import { memo } from 'react'
import { BlockPairRow } from '@/components/reader/BlockPairRow'
import type { BookRecord, ChapterRecord } from '@/lib/books/records'
import type { Block } from '@/lib/content/types'
import type { BookStore } from '@/lib/storage/bookStore'
import type { WordSegments } from '@/lib/vocabulary/blockTextHtml'
import { BlockEnglishFooter } from './translation/ChapterEnglish'

interface BookRowProps {
  pair: { number: number; kind: Block['kind']; de: Block; en?: Block; verse?: boolean }
  revealLabel: { text: string; lang: string }
  listenLabel: string
  /** The block's words in segments, once the chapter's reading is there. */
  segments?: WordSegments
  /** Of them, how many are shown as spans. */
  shown: number
  book: BookRecord
  store: BookStore
  /** The chapter shown, for its English's footer. */
  chapter?: ChapterRecord
  onChange: (changed: ChapterRecord) => void
}

/**
 * One row of a chapter. Memoised: as the chapter's words become spans a frame at a time, only
 * the rows that get spans render again, not the chapter's hundred rows each frame.
 */
export const BookRow = memo(function BookRow({
  pair,
  revealLabel,
  listenLabel,
  segments,
  shown,
  book,
  store,
  chapter,
  onChange,
}: BookRowProps) {
  return (
    <BlockPairRow
      pair={pair}
      revealLabel={revealLabel}
      germanHtml={segments && { segments, shown }}
      listenLabel={listenLabel}
      englishFooter={
        chapter && (
          <BlockEnglishFooter
            book={book}
            store={store}
            chapter={chapter}
            onChange={onChange}
            index={pair.number - 1}
          />
        )
      }
    />
  )
})
