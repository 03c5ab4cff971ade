'use client'

import { useEffect, useRef, useState } from 'react'
import { useT } from '@/i18n/client'
import { bookFailureMessage } from '@/components/import/bookMessages'
import { failureMessage } from '@/components/import/failureMessage'
import type { BookReading } from '@/components/import/readBookInWorker'
import { pairChapters } from '@/lib/alignment/books'
import type { BookRecord } from '@/lib/books/records'
import { chapterChoices, pairingsOf, type ChapterTranslation } from '@/lib/books/translation'
import type { BookChapter, ParsedBook } from '@/lib/books/types'
import type { BookStore } from '@/lib/storage/bookStore'
import { ChapterPairingForm } from './ChapterPairingForm'
import { pairInWorker, type Pairing } from './pairInWorker'

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string; done: number; total: number }
  | { kind: 'failed'; message: string }
  | {
      kind: 'pairing'
      name: string
      english: ParsedBook
      german: BookChapter[]
      choices: (number | null)[]
      unsure: number[]
      readsGerman: boolean
    }
  | { kind: 'aligning'; done: number; total: number }
  | {
      kind: 'saved'
      book: BookRecord
      chapters: number
      doubtful: { chapter: number; count: number }[]
    }

interface AddBookTranslationProps {
  book: BookRecord
  store: BookStore
  /** Back to the book: with the book as stored now when English was added. */
  onClose: (updated?: BookRecord) => void
}

function proposedPairing(german: BookChapter[], english: BookChapter[]) {
  const { choices, doubtful } = chapterChoices(german.length, pairChapters(german, english))
  return { choices, unsure: doubtful }
}

/** Every German chapter's blocks, read from storage one by one for the pairing. */
async function germanChapters(store: BookStore, book: BookRecord): Promise<BookChapter[]> {
  const chapters: BookChapter[] = []
  for (const [index, summary] of book.chapters.entries()) {
    const record = await store.chapter(book.id, index)
    chapters.push({ title: summary.title, blocks: record?.blocks ?? [] })
  }
  return chapters
}

/**
 * "Add the English translation": the book's published translation (EPUB or text) is read in
 * the book worker, its chapters paired with the German ones (the reader corrects the
 * pairing), then the paragraphs inside each chapter, each pair with the aligner's
 * confidence; doubtful pairs are flagged for the chapter's alignment editor.
 */
export function AddBookTranslation({ book, store, onClose }: AddBookTranslationProps) {
  const { t } = useT('books', { keyPrefix: 'translation' })
  const { t: booksT } = useT('books')
  const { t: importT } = useT('import')
  const { t: storageT } = useT('storage')
  const [stage, setStage] = useState<Stage>({ kind: 'choose' })
  const reading = useRef<BookReading>(undefined)
  const pairing = useRef<Pairing>(undefined)
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])
  useEffect(
    () => () => {
      reading.current?.cancel()
      pairing.current?.cancel()
    },
    [],
  )

  async function read(file: File) {
    const { readBookInWorker } = await import('@/components/import/readBookInWorker')
    setStage({ kind: 'reading', name: file.name, done: 0, total: 0 })
    const started = readBookInWorker(file, (done, total) =>
      setStage({ kind: 'reading', name: file.name, done, total }),
    )
    reading.current = started
    try {
      const [read, german] = await Promise.all([started.result, germanChapters(store, book)])
      setStage({
        kind: 'pairing',
        name: file.name,
        english: read.book,
        german,
        ...proposedPairing(german, read.book.chapters),
        readsGerman: read.language.german,
      })
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        return setStage({ kind: 'choose' })
      setStage({ kind: 'failed', message: bookFailureMessage(file.name, error, booksT) })
    } finally {
      reading.current = undefined
    }
  }

  async function pair(german: BookChapter[], english: ParsedBook, choices: (number | null)[]) {
    const chapters = pairingsOf(choices, english.chapters).map(({ de, en }) => ({
      index: de,
      de: german[de]!.blocks,
      en: en.blocks,
    }))
    setStage({ kind: 'aligning', done: 0, total: chapters.length })
    const started = pairInWorker(chapters, (done) =>
      setStage({ kind: 'aligning', done, total: chapters.length }),
    )
    pairing.current = started
    let translations: { index: number; translation: ChapterTranslation }[]
    try {
      translations = await started.result
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        return setStage({ kind: 'choose' })
      return setStage({ kind: 'failed', message: failureMessage(error, importT, storageT) })
    } finally {
      pairing.current = undefined
    }
    try {
      const updated = await store.setTranslations(book.id, translations)
      if (!updated) throw new Error(t('bookGone'))
      setStage({
        kind: 'saved',
        book: updated,
        chapters: translations.length,
        doubtful: translations
          .map(({ index, translation }) => ({
            chapter: index,
            count: translation.translation.doubtful?.length ?? 0,
          }))
          .filter(({ count }) => count > 0),
      })
    } catch (error) {
      setStage({ kind: 'failed', message: failureMessage(error, importT, storageT) })
    }
  }

  const chapterName = (index: number) =>
    book.chapters[index]?.title || t('untitled', { number: index + 1 })

  return (
    <section className="book-translation" aria-labelledby="book-translation-heading">
      <h2 id="book-translation-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h2>
      {(stage.kind === 'choose' || stage.kind === 'failed') && (
        <>
          <p>{t('intro')}</p>
          <p className="import-field">
            <label htmlFor="book-translation-file">{t('file')}</label>
            <input
              id="book-translation-file"
              type="file"
              accept=".epub,.txt,.md,application/epub+zip,text/plain,text/markdown"
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void read(file)
              }}
            />
          </p>
          {stage.kind === 'failed' && (
            <p className="alert-box" role="alert">
              {stage.message}
            </p>
          )}
          <p>
            <button type="button" onClick={() => onClose()}>
              {t('backToBook')}
            </button>
          </p>
        </>
      )}
      {stage.kind === 'reading' && (
        <div className="book-import-progress">
          <p>{booksT('import.reading', { name: stage.name })}</p>
          <progress
            max={Math.max(1, stage.total)}
            value={stage.done}
            aria-label={booksT('import.progress')}
          />
          <button type="button" onClick={() => reading.current?.cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {stage.kind === 'pairing' && (
        <>
          {stage.readsGerman && (
            <p className="notice" role="alert">
              {t('readsGerman', { name: stage.name })}
            </p>
          )}
          <ChapterPairingForm
            german={stage.german.map((chapter) => chapter.title)}
            english={stage.english.chapters.map((chapter) => chapter.title)}
            initial={stage.choices}
            unsure={stage.unsure}
            onPair={(choices) => void pair(stage.german, stage.english, choices)}
            onCancel={() => onClose()}
          />
        </>
      )}
      {stage.kind === 'aligning' && (
        <div className="book-import-progress">
          <p>
            {t('aligning', { done: Math.min(stage.done + 1, stage.total), total: stage.total })}
          </p>
          <progress max={stage.total} value={stage.done} aria-label={t('aligningLabel')} />
          <button type="button" onClick={() => pairing.current?.cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {stage.kind === 'saved' && (
        <div role="status">
          <p className="notice">{t('saved', { count: stage.chapters })}</p>
          {stage.doubtful.length > 0 && (
            <ul>
              {stage.doubtful.map(({ chapter, count }) => (
                <li key={chapter}>
                  {t('doubtfulIn', { count, number: chapter + 1 })}{' '}
                  <span lang="de">{chapterName(chapter)}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" onClick={() => onClose(stage.book)}>
              {t('backToBook')}
            </button>
          </p>
        </div>
      )}
    </section>
  )
}
