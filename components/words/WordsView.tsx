'use client'

import { ActionOutcome } from '@/components/shared/ActionOutcome'
import { useActions } from '@/components/shared/useActions'
import Link from 'next/link'
import { useEffect, useMemo, useState } from 'react'
import { getLearningStore } from '@/components/storage/learningStore'
import { StorageNotice } from '@/components/storage/StorageNotice'
import { storageMessage } from '@/components/storage/storageMessage'
import type { Language } from '@/i18n/settings'
import { germanWithArticle } from '@/lib/learning/anki'
import { BackupError } from '@/lib/learning/backup'
import { type LearningStore, type Snapshot } from '@/lib/storage/learningStore'
import { type StorageError, toStorageError } from '@/lib/storage/storageError'
import type { StoredStatus, WordRecord } from '@/lib/learning/types'
import {
  changeOf,
  filterRows,
  sortRows,
  statusAction,
  toRows,
  type WordFilter,
  type WordSort,
} from '@/lib/learning/wordList'
import { WordsFilters } from './WordsFilters'
import { WordsItem, type WordsDates } from './WordsItem'
import { useT } from '@/i18n/client'
import { WordsTools } from './WordsTools'

interface WordsViewProps {
  lng: Language
  libraryHref: string
}

/** The reader's saved words, live from IndexedDB: search, filter, edit, export and import. */
export function WordsView({ lng, libraryHref }: WordsViewProps) {
  const { t } = useT('words')
  const { t: learningT } = useT('learning')
  const { t: storageT } = useT('storage')
  const [store, setStore] = useState<LearningStore>()
  const [storeError, setStoreError] = useState<StorageError>()
  // The time the data was read decides what is "due now", so rendering stays pure.
  const [data, setData] = useState<{ snapshot: Snapshot; at: number }>()
  const [filter, setFilter] = useState<WordFilter>({ query: '', text: '', status: 'active' })
  const [sort, setSort] = useState<WordSort>('newest')
  const { result, failure, perform } = useActions((error) =>
    error instanceof BackupError
      ? t('importInvalid', { detail: error.message })
      : storageMessage(toStorageError(error), storageT),
  )
  const dates = useMemo<WordsDates>(
    () => ({
      added: new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }),
      review: new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }),
    }),
    [lng],
  )

  useEffect(() => {
    let stopped = false
    let unwatch: (() => void) | undefined
    getLearningStore().then(
      (opened) => {
        if (stopped) return
        setStore(opened)
        // A live query: changes made in another tab show here too.
        unwatch = opened.watch(
          () => opened.snapshot(),
          (snapshot) => setData({ snapshot, at: Date.now() }),
          setStoreError,
        )
      },
      (error: unknown) => setStoreError(toStorageError(error)),
    )
    return () => {
      stopped = true
      unwatch?.()
    }
  }, [])

  if (storeError) return <StorageNotice error={storeError} />
  if (!store || !data) return <p className="words-loading">{t('loading')}</p>

  const { words, cards, unreadable } = data.snapshot
  const rows = sortRows(filterRows(toRows(words, cards), filter, lng), sort)

  const saveNote = (word: WordRecord, note: string) =>
    perform(async () => {
      await store.setNote(word.key, note)
      return { text: t('noteSaved', { word: germanWithArticle(word) }) }
    })

  const changeStatus = (word: WordRecord, status: StoredStatus) => {
    const action = statusAction(word, status)
    if (!action) return
    void perform(async () => {
      await store.act(action, changeOf(word))
      const name = germanWithArticle(word)
      return { text: t('statusChanged', { word: name, status: learningT(`status.${status}`) }) }
    })
  }

  const remove = (word: WordRecord) =>
    perform(async () => {
      const itsCards = cards.filter((card) => card.word === word.key)
      await store.deleteWord(word.key)
      const name = germanWithArticle(word)
      return {
        text: t('deleted', { word: name }),
        // A merge puts back exactly what was deleted: the word and its cards are absent now.
        undo: async () => {
          await store.importData({ words: [word], cards: itsCards, reviews: [] })
          return { text: t('restored', { word: name }) }
        },
      }
    })

  return (
    <>
      <StorageNotice unreadable={unreadable} />
      <ActionOutcome result={result} failure={failure} undoLabel={t('undo')} perform={perform} />
      {words.length === 0 ? (
        <p className="words-empty">
          {t('empty')} <Link href={libraryHref}>{t('emptyLink')}</Link>
        </p>
      ) : (
        <>
          <WordsFilters
            words={words}
            filter={filter}
            sort={sort}
            onFilter={setFilter}
            onSort={setSort}
          />
          <section aria-labelledby="words-list-heading">
            <div className="words-list-head">
              <h2 id="words-list-heading">{t('listHeading')}</h2>
              <p role="status">
                {t('count', { count: words.length, shown: rows.length, total: words.length })}
              </p>
            </div>
            {rows.length === 0 ? (
              <p>{t('noMatches')}</p>
            ) : (
              <ul className="words-list">
                {rows.map((row) => (
                  <WordsItem
                    key={row.word.key}
                    row={row}
                    now={data.at}
                    lng={lng}
                    dates={dates}
                    onNote={saveNote}
                    onStatus={changeStatus}
                    onDelete={remove}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <WordsTools store={store} words={words} lng={lng} perform={perform} />
    </>
  )
}
