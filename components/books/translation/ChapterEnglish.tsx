'use client'

import { useT } from '@/i18n/client'
import { MachineTranslation } from '@/components/translation/MachineTranslation'
import { TranslationEdit } from '@/components/translation/TranslationEdit'
import type { BookRecord, ChapterRecord } from '@/lib/books/records'
import type { BookStore } from '@/lib/storage/bookStore'

interface ChapterEnglishProps {
  book: BookRecord
  store: BookStore
  chapter: ChapterRecord
  /** The chapter as stored after a change to its English, so the page shows it at once. */
  onChange: (chapter: ChapterRecord) => void
  /** Opens the chapter's alignment editor. */
  onCheck: () => void
}

/**
 * What the reader should know of a chapter's English, above it: whose it is, how many pairs
 * are doubtful (with the way to the alignment editor), or the offer to translate the chapter
 * on this device when it has none.
 */
export function ChapterEnglishNotices({
  book,
  store,
  chapter,
  onChange,
  onCheck,
}: ChapterEnglishProps) {
  const { t } = useT('books', { keyPrefix: 'translation' })
  const { t: mineT } = useT('mine')
  const source = chapter.translation
  const edited = source?.edited.length ?? 0
  const doubtful = source?.doubtful?.length ?? 0
  return (
    <>
      {source?.by === 'published' && (
        <p className="notice">
          {edited > 0 ? t('publishedEdited', { count: edited }) : t('published')}{' '}
          {doubtful > 0 && t('doubtfulHere', { count: doubtful })}{' '}
          <button type="button" onClick={onCheck}>
            {t('check')}
          </button>
        </p>
      )}
      {source?.by === 'machine' && (
        <p className="notice">
          {edited > 0
            ? mineT('translate.machineEdited', { count: edited })
            : mineT('translate.machine')}
        </p>
      )}
      {source?.by !== 'published' && (
        <MachineTranslation
          key={`${book.id} ${chapter.index}`}
          german={chapter.blocks.map((block) => block.text)}
          done={(chapter.en ?? []).map((block) => block.text)}
          saveBlock={async (index, english) => {
            const updated = await store.setTranslatedBlock(
              book.id,
              chapter.index,
              index,
              english,
              'machine',
            )
            if (updated) onChange(updated)
          }}
        />
      )}
    </>
  )
}

interface BlockEnglishProps extends Omit<ChapterEnglishProps, 'onCheck'> {
  /** The German block's index in the chapter. */
  index: number
}

/**
 * Under one English block: a doubtful pair says so; a machine translation says whose it is
 * and lets the reader rewrite it, which makes it theirs.
 */
export function BlockEnglishFooter({ book, store, chapter, onChange, index }: BlockEnglishProps) {
  const { t } = useT('books', { keyPrefix: 'translation' })
  const source = chapter.translation
  const english = chapter.en?.[index]
  if (!source || !english?.text) return null
  if (source.by === 'published')
    return source.doubtful?.includes(index) ? (
      <p className="translation-source translation-doubtful">{t('doubtfulPair')}</p>
    ) : null
  return (
    <TranslationEdit
      english={english.text}
      edited={source.edited.includes(index)}
      save={async (text) => {
        const updated = await store.setTranslatedBlock(
          book.id,
          chapter.index,
          index,
          text,
          'reader',
        )
        if (updated) onChange(updated)
      }}
    />
  )
}
