'use client'

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useT } from '@/i18n/client'
import type { Language } from '@/i18n/settings'
import { presentLabels } from '@/components/popup/presentLabels'
import { WordPopup } from '@/components/popup/WordPopup'
import { ReaderLearning } from '@/components/reader/learning/ReaderLearning'
import { ReaderShell, readerRootId } from '@/components/reader/ReaderShell'
import { useGlossCorrection } from '@/components/reader/imported/useGlossCorrection'
import type { BookRecord, ChapterRecord, ReadingPosition } from '@/lib/books/records'
import { nextShown, segmentPlan, shownInRow } from '@/lib/books/spanSegments'
import type { ImportedReading } from '@/lib/import/reading'
import { toBlock } from '@/lib/import/pairs'
import type { BookStore } from '@/lib/storage/bookStore'
import { BookContents } from './BookContents'
import { BookRow } from './BookRow'
import { AddBookTranslation } from './translation/AddBookTranslation'
import { ChapterAlignment } from './translation/ChapterAlignment'
import { ChapterEnglishNotices } from './translation/ChapterEnglish'
import { useReadingPosition } from './useReadingPosition'

/**
 * Blocks rendered at once; the next ones come as the reader reaches the end of these. Ten of
 * a novel's paragraphs are some 1,000 words, whose spans the page adds in one short task.
 */
const PAGE_BLOCKS = 10
/** Chapters' readings kept on the page, for going back and forth between them. */
const KEPT_READINGS = 3

interface BookChaptersProps {
  book: BookRecord
  store: BookStore
  lng: Language
  popupId: string
}

interface Chapter {
  record: ChapterRecord
  reading?: ImportedReading
  failure?: string
}

/**
 * Writes the reader's place without a word on failure: it is saved again at the next scroll,
 * and a message about it would interrupt the reading for nothing the reader can do.
 */
const keepPlace = (write: Promise<void>) => void write.catch(() => undefined)

/** Blocks to render so that `block` (an index) is among them. */
const renderedFor = (block: number) => (Math.floor(block / PAGE_BLOCKS) + 1) * PAGE_BLOCKS

/**
 * A book in the reader, one chapter at a time: the table of contents, the chapter's rows
 * (rendered a page at a time), next and previous, and the reading position kept as the reader
 * scrolls. Each chapter is analysed in the analysis worker as an imported text is, so its
 * words have popups.
 */
export function BookChapters({ book: opened, store, lng, popupId }: BookChaptersProps) {
  const { t } = useT('books', { keyPrefix: 'reader' })
  const { t: mineT } = useT('mine')
  const { t: commonT } = useT()
  const { t: learningT } = useT('learning')
  // The book as stored now: adding its English changes its chapters' summaries.
  const [book, setBook] = useState(opened)
  /** Reading, adding the English translation, or pairing the shown chapter's paragraphs. */
  const [task, setTask] = useState<'read' | 'add' | 'align'>('read')
  const [index, setIndex] = useState(book.position.chapter)
  /** The block to scroll to when the chapter opens: the saved one, for the first chapter shown. */
  const [restore, setRestore] = useState<number | undefined>(book.position.block)
  const [chapter, setChapter] = useState<Chapter>()
  const [rendered, setRendered] = useState(renderedFor(book.position.block))
  /**
   * The chapter's word segments shown as spans (the others still plain), in reading order, a
   * frame's worth more each frame (`lib/books/spanSegments`).
   */
  const [spanned, setSpanned] = useState(0)
  const [shareStatus, setShareStatus] = useState('')
  const readings = useRef(new Map<number, ImportedReading>())
  const more = useRef<HTMLButtonElement>(null)
  const chapterLine = useRef<HTMLParagraphElement>(null)
  const moved = useRef(false)
  const returning = useRef(false)

  useEffect(() => {
    let current = true
    void (async () => {
      const record = await store.chapter(book.id, index)
      if (!current || !record) return
      const cached = readings.current.get(index)
      setChapter({ record, reading: cached })
      if (cached) return
      try {
        const [{ analyseText, analyseAhead }, { chapterText }] = await Promise.all([
          import('@/components/reader/imported/analyseText'),
          import('./openBook'),
        ])
        const labels = { present: presentLabels(commonT) }
        const place = (at: number) => ({ key: `book:${book.id}:${at}`, book: book.id, popupId })
        const text = await chapterText(store, book, record)
        const reading = await analyseText(text, lng, labels, place(index))
        readings.current.set(index, reading)
        // Kept for going back and forth; the worker keeps a few more.
        for (const kept of readings.current.keys())
          if (readings.current.size > KEPT_READINGS) readings.current.delete(kept)
        // The words become spans in a transition, which React renders in slices between frames.
        if (current) startTransition(() => setChapter({ record, reading }))
        // The next chapter is analysed while this one is read, so it opens with its popups.
        const next = current && (await store.chapter(book.id, index + 1))
        if (current && next)
          analyseAhead(await chapterText(store, book, next), lng, labels, place(index + 1))
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        if (current) setChapter({ record, failure: mineT('failed', { reason }) })
      }
    })()
    return () => {
      current = false
    }
  }, [book, store, index, lng, commonT, mineT, popupId])

  // Back from adding or pairing English, focus returns to the chapter, not to the page's top.
  useEffect(() => {
    if (task !== 'read' || !returning.current) return
    returning.current = false
    chapterLine.current?.focus()
  }, [task])

  /** Back from adding or pairing English: chapters are read (and analysed) again with it. */
  function closeTask(updated?: BookRecord) {
    returning.current = true
    setTask('read')
    if (!updated) return
    readings.current.clear()
    setBook(updated)
  }

  // Chosen from the contents or by a button or key: the new chapter starts at its top.
  useEffect(() => {
    if (!moved.current || chapter?.record.index !== index) return
    moved.current = false
    window.scrollTo({ top: 0 })
    chapterLine.current?.focus()
  }, [chapter, index])

  // The next page of blocks comes as the reader reaches the end of the shown ones.
  useEffect(() => {
    const button = more.current
    if (!button) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setRendered((n) => n + PAGE_BLOCKS)
    })
    observer.observe(button)
    return () => observer.disconnect()
  }, [chapter, rendered])

  // The rows' pairs change with the chapter's record, not as its reading arrives.
  const loaded = chapter?.record
  const pairs = useMemo(
    () =>
      (loaded?.blocks ?? []).map((block, i) => ({
        number: i + 1,
        kind: block.kind,
        de: toBlock(block, i + 1),
        ...(loaded?.en?.[i]?.text ? { en: toBlock(loaded.en[i], i + 1) } : {}),
        verse: block.verse,
      })),
    [loaded],
  )

  // The shown rows' words become spans a few segments a frame, as the reading arrives and as
  // more rows are shown, so no frame restyles and lays out more than some 200 new words.
  const reading = chapter?.reading
  const plan = useMemo(
    () => segmentPlan(pairs.map((pair) => reading?.html.get(pair.number)?.plain)),
    [pairs, reading],
  )
  const spanLimit = plan.rowStarts[Math.min(rendered, pairs.length)] ?? 0
  useEffect(() => {
    if (!reading || spanned >= spanLimit) return
    const frame = requestAnimationFrame(() =>
      setSpanned((shown) => nextShown(plan.chars, shown, spanLimit)),
    )
    return () => cancelAnimationFrame(frame)
  }, [reading, spanned, spanLimit, plan])
  const allSpanned = rendered >= pairs.length && spanned >= spanLimit

  useReadingPosition(
    chapter?.record.index ?? -1,
    chapter ? Math.min(rendered, chapter.record.blocks.length) : 0,
    chapter?.record.index === index ? restore : undefined,
    (position: ReadingPosition) => {
      if (position.chapter >= 0) keepPlace(store.setPosition(book.id, position))
    },
  )

  useGlossCorrection(popupId, chapter?.reading, (key, gloss) =>
    store.setCorrection(book.id, key, gloss),
  )

  async function share() {
    const { shareBook } = await import('./shareBook')
    try {
      const file = await shareBook(store, book.id)
      if (file) setShareStatus(t('shared', { file }))
    } catch (error) {
      setShareStatus(
        t('shareFailed', { reason: error instanceof Error ? error.message : String(error) }),
      )
    }
  }

  function go(to: number) {
    if (to < 0 || to >= book.chapters.length || to === index) return
    moved.current = true
    // Saved at once: a reload before the reader scrolls opens the chapter chosen.
    keepPlace(store.setPosition(book.id, { chapter: to, block: 0 }))
    setRestore(undefined)
    setRendered(PAGE_BLOCKS)
    setSpanned(0)
    setIndex(to)
  }

  const shown = pairs.slice(0, rendered)
  const listenLabel = learningT('reader.listenBlock')
  const revealLabel = useMemo(
    () => ({ text: commonT('reader.showTranslation'), lang: lng }),
    [commonT, lng],
  )
  const summary = book.chapters[index]
  const step = (direction: 'previousChapter' | 'nextChapter', to: number, label: string) => (
    <button
      type="button"
      data-chapter-step={direction}
      disabled={to < 0 || to >= book.chapters.length}
      onClick={() => go(to)}
    >
      {label}
    </button>
  )

  const record = loaded?.index === index ? loaded : undefined
  const changeChapter = useCallback((changed: ChapterRecord) => {
    // Analysed again with its English when next opened: "meaning in this text" uses it.
    readings.current.delete(changed.index)
    setChapter((current) => current && { ...current, record: changed })
  }, [])
  if (task === 'add') return <AddBookTranslation book={book} store={store} onClose={closeTask} />
  if (task === 'align' && record?.en && record.translation)
    return (
      <ChapterAlignment
        book={book}
        store={store}
        chapter={{ ...record, en: record.en, translation: record.translation }}
        onClose={closeTask}
      />
    )

  return (
    <ReaderShell
      title={book.title}
      details={
        <>
          {book.author && <p className="text-details">{t('byAuthor', { author: book.author })}</p>}
          <p className="book-chapter-line" ref={chapterLine} tabIndex={-1}>
            {t('chapterOf', { chapter: index + 1, chapters: book.chapters.length })}
            {summary?.title && (
              <>
                {': '}
                <span lang="de">{summary.title}</span>
              </>
            )}
          </p>
        </>
      }
      actions={
        <>
          <BookContents chapters={book.chapters} current={index} onChoose={go} />
          <p className="reader-share">
            <button type="button" onClick={() => void share()}>
              {t('share')}
            </button>{' '}
            <button type="button" onClick={() => setTask('add')}>
              {t('addTranslation')}
            </button>{' '}
            <span role="status">{shareStatus}</span>
          </p>
        </>
      }
      translation={Boolean(record?.en?.length)}
      hint={commonT('popup.hint')}
      columns={{ german: commonT('reader.german'), english: commonT('reader.english') }}
      notices={
        <>
          {chapter?.failure && (
            <p className="notice" role="alert">
              {chapter.failure}
            </p>
          )}
          {record && (
            <ChapterEnglishNotices
              book={book}
              store={store}
              chapter={record}
              onChange={changeChapter}
              onCheck={() => setTask('align')}
            />
          )}
        </>
      }
      rows={
        chapter?.record.index === index &&
        shown.map((pair, row) => (
          <BookRow
            key={`${index} ${pair.number}`}
            pair={pair}
            revealLabel={revealLabel}
            listenLabel={listenLabel}
            segments={reading?.html.get(pair.number)}
            shown={shownInRow(plan, row, spanned)}
            book={book}
            store={store}
            chapter={record}
            onChange={changeChapter}
          />
        ))
      }
      learning={
        reading &&
        allSpanned && (
          // "Mark the rest known" at a chapter's end also counts the whole chapter as read.
          <div
            onClick={(event) => {
              if ((event.target as Element).closest('.mark-known'))
                keepPlace(store.finishChapter(book.id, index))
            }}
          >
            <ReaderLearning
              key={index}
              popupId={popupId}
              rootId={readerRootId}
              text={{ slug: `book/${book.id}`, title: book.title }}
              words={reading.words}
            />
          </div>
        )
      }
      footer={
        <>
          {rendered < pairs.length && (
            <p className="book-more">
              <button ref={more} type="button" onClick={() => setRendered((n) => n + PAGE_BLOCKS)}>
                {t('more')}
              </button>
            </p>
          )}
          <nav className="book-steps" aria-label={t('steps')}>
            {step('previousChapter', index - 1, t('previous'))}
            {step('nextChapter', index + 1, t('next'))}
          </nav>
        </>
      }
      popup={
        reading && (
          <WordPopup
            key={index}
            id={popupId}
            rootId={readerRootId}
            data={reading.data}
            lang={lng}
          />
        )
      }
    />
  )
}
