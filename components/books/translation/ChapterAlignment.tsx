'use client'

import { useState } from 'react'
import { useT } from '@/i18n/client'
import { AlignmentEditor } from '@/components/import/AlignmentEditor'
import { failureMessage } from '@/components/import/failureMessage'
import type { ChapterRecord } from '@/lib/books/records'
import { pairedByReader } from '@/lib/books/translation'
import type { BookRecord } from '@/lib/books/records'
import type { BookStore } from '@/lib/storage/bookStore'

interface ChapterAlignmentProps {
  book: BookRecord
  store: BookStore
  chapter: ChapterRecord & Required<Pick<ChapterRecord, 'en' | 'translation'>>
  /** Back to the chapter: with the book as stored now when the pairs were kept. */
  onClose: (updated?: BookRecord) => void
}

/**
 * The alignment editor for one chapter beside its published translation: the German is the
 * book's, the English is moved until each German block has its partner, and the aligner's
 * doubtful pairs are flagged until the reader changes or confirms them.
 */
export function ChapterAlignment({ book, store, chapter, onClose }: ChapterAlignmentProps) {
  const { t } = useT('books', { keyPrefix: 'translation' })
  const { t: importT } = useT('import')
  const { t: storageT } = useT('storage')
  const [problem, setProblem] = useState('')
  const before = { en: chapter.en, translation: chapter.translation }
  // A machine translation under way has fewer blocks: the rest are empty slots to fill.
  const en = chapter.blocks.map((_, i) => chapter.en[i] ?? { kind: 'paragraph' as const, text: '' })

  async function keep(english: typeof en, doubtful: number[]) {
    try {
      const updated = await store.setTranslations(book.id, [
        { index: chapter.index, translation: pairedByReader(before, english, doubtful) },
      ])
      onClose(updated)
    } catch (error) {
      setProblem(failureMessage(error, importT, storageT))
    }
  }

  return (
    <AlignmentEditor
      initial={{ de: chapter.blocks, en }}
      heading={t('editorHeading', { number: chapter.index + 1 })}
      intro={t('editorIntro')}
      fixedGerman
      doubtful={chapter.translation.doubtful}
    >
      {({ blocks, matched, doubtful, explanationId }) => (
        <>
          <button
            type="button"
            className="import-submit"
            aria-disabled={!matched}
            aria-describedby={matched ? undefined : explanationId}
            onClick={() => matched && void keep(blocks.en, doubtful)}
          >
            {t('keep')}
          </button>
          <button type="button" onClick={() => onClose()}>
            {t('cancel')}
          </button>
          {!matched && (
            <p id={explanationId} className="align-explanation">
              {t('keepDisabled')}
            </p>
          )}
          {problem && (
            <p className="alert-box" role="alert">
              {problem}
            </p>
          )}
        </>
      )}
    </AlignmentEditor>
  )
}
