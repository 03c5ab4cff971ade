'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import { useT } from '@/i18n/client'
import type { BookWords } from '@/lib/analysis/worker/protocol'
import type { ReadBook } from '@/lib/books/readBook'
import type { BookRecord } from '@/lib/books/records'
import { bookPath } from '@/lib/routes'
import { bookFailureMessage, droppedMessage } from './bookMessages'
import { failureMessage } from './failureMessage'

interface BookImportProps {
  file: File
  lng: string
}

type Stage =
  | { kind: 'reading' }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'notGerman'; read: ReadBook }
  | { kind: 'stopped' }
  | { kind: 'lookingUp' }
  | { kind: 'saving' }
  | { kind: 'saved'; record: BookRecord; dropped?: string; noLookups?: string }

type Work = typeof import('./bookImportWork')

const isCancel = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

/**
 * Imports a book file: read in a Web Worker with its progress and a Cancel button, its words
 * looked up (so that every chapter has its popups offline) and counted in the analysis
 * worker, then stored in one transaction. A book that does not read as German is stored only
 * if the reader says so; nothing is stored before then.
 */
export function BookImport({ file, lng }: BookImportProps) {
  const { t } = useT('books')
  const { t: importT } = useT('import')
  const { t: storageT } = useT('storage')
  const [stage, setStage] = useState<Stage>({ kind: 'reading' })
  // Kept after the reading, full, beside what comes next: how much of the book was read.
  const [progress, setProgress] = useState({ done: 0, total: 0 })
  const [words, setWords] = useState<{ stage: 'lookup' | 'analyse'; done: number; total: number }>()
  const live = useRef(true)
  const work = useRef<Work>(undefined)
  const cancel = useRef<() => void>(undefined)
  const openLink = useRef<HTMLAnchorElement>(null)
  const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 })

  async function save(read: ReadBook) {
    const loaded = work.current
    if (!loaded) return
    setStage({ kind: 'lookingUp' })
    setWords({ stage: 'lookup', done: 0, total: 0 })
    const lookup = loaded.lookUpBookInWorker(
      read.book.chapters.map((chapter) => chapter.blocks),
      (step, done, total) => {
        if (live.current) setWords({ stage: step, done, total })
      },
    )
    cancel.current = lookup.cancel
    let found: BookWords | undefined
    let noLookups: string | undefined
    try {
      found = await lookup.result
    } catch (error) {
      if (!live.current) return
      if (isCancel(error)) return setStage({ kind: 'cancelled' })
      // Without the dictionary now, the book is still stored: chapters look up when opened.
      noLookups = t('import.noLookups', {
        reason: error instanceof Error ? error.message : String(error),
      })
    }
    cancel.current = undefined
    setStage({ kind: 'saving' })
    try {
      const record = await loaded.saveBook(read, found)
      if (!live.current) return
      setStage({ kind: 'saved', record, dropped: droppedMessage(read.book.dropped, t), noLookups })
    } catch (error) {
      if (live.current)
        setStage({ kind: 'failed', message: failureMessage(error, importT, storageT) })
    }
  }

  useEffect(() => {
    let current = true
    live.current = true
    void (async () => {
      const loaded = await import('./bookImportWork')
      if (!current) return
      work.current = loaded
      const reading = loaded.readBookInWorker(file, (done, total) => {
        if (current) setProgress({ done, total })
      })
      cancel.current = reading.cancel
      try {
        const read = await reading.result
        if (!current) return
        if (read.language.german) await save(read)
        else setStage({ kind: 'notGerman', read })
      } catch (error) {
        if (!current) return
        if (isCancel(error)) setStage({ kind: 'cancelled' })
        else setStage({ kind: 'failed', message: bookFailureMessage(file.name, error, t) })
      }
    })()
    return () => {
      current = false
      live.current = false
      cancel.current?.()
    }
    // `save` and `t` are stable for one file: the import runs once per file chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file])

  useEffect(() => {
    if (stage.kind === 'saved') openLink.current?.focus()
  }, [stage.kind])

  const name = { name: file.name }
  // A shared book may come with its chapters' English.
  const withEnglish =
    stage.kind === 'saved'
      ? stage.record.chapters.filter((chapter) => chapter.translation).length
      : 0
  return (
    <section className="book-import" aria-labelledby="book-import-heading">
      <h2 id="book-import-heading">{t('import.heading')}</h2>
      {stage.kind !== 'failed' && stage.kind !== 'cancelled' && (
        <div className="book-import-progress">
          <p>{t('import.reading', name)}</p>
          <progress
            max={Math.max(1, progress.total)}
            value={progress.done}
            aria-label={t('import.progress')}
          />
          <p role="status">
            {progress.total > 0 &&
              t('import.progressText', { done: progress.done, total: progress.total })}
          </p>
          {words && (
            <>
              <p>{t('import.lookingUp')}</p>
              <progress
                max={Math.max(1, words.total)}
                value={words.done}
                aria-label={t(
                  words.stage === 'lookup' ? 'import.lookupProgress' : 'import.countProgress',
                )}
              />
              <p role="status">
                {t(
                  words.stage === 'lookup'
                    ? 'import.lookupProgressText'
                    : 'import.countProgressText',
                  { done: words.done, total: words.total },
                )}
              </p>
            </>
          )}
          {(stage.kind === 'reading' || stage.kind === 'lookingUp') && (
            <button type="button" onClick={() => cancel.current?.()}>
              {t('import.cancel')}
            </button>
          )}
        </div>
      )}
      {stage.kind === 'saving' && <p role="status">{t('import.saving')}</p>}
      {stage.kind === 'cancelled' && <p role="status">{t('import.cancelled', name)}</p>}
      {stage.kind === 'stopped' && <p role="status">{t('import.stopped')}</p>}
      {stage.kind === 'failed' && (
        <p className="alert-box" role="alert">
          {stage.message}
        </p>
      )}
      {stage.kind === 'notGerman' && (
        <div className="book-import-language" role="alert">
          <p>
            {t('import.notGerman', {
              title: stage.read.book.title,
              percent: percent.format(stage.read.language.check.germanShare),
            })}{' '}
            {stage.read.book.declaredLanguage &&
              t('import.declared', { language: stage.read.book.declaredLanguage })}
          </p>
          <p className="book-import-choice">
            <button type="button" onClick={() => void save(stage.read)}>
              {t('import.goOn')}
            </button>
            <button type="button" onClick={() => setStage({ kind: 'stopped' })}>
              {t('import.stop')}
            </button>
          </p>
        </div>
      )}
      {stage.kind === 'saved' && (
        <div role="status">
          <p className="notice">
            {t('import.saved', {
              title: stage.record.title,
              count: stage.record.chapters.length,
            })}{' '}
            <Link ref={openLink} href={bookPath(lng, stage.record.id)}>
              {t('import.open')}
            </Link>
          </p>
          {stage.dropped && <p className="notice">{stage.dropped}</p>}
          {stage.noLookups && <p className="notice">{stage.noLookups}</p>}
          {Object.keys(stage.record.corrections).length > 0 && (
            <p className="notice">
              {t('import.corrections', { count: Object.keys(stage.record.corrections).length })}
            </p>
          )}
          {withEnglish > 0 && (
            <p className="notice">{t('import.english', { count: withEnglish })}</p>
          )}
        </div>
      )}
    </section>
  )
}
