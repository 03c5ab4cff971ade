'use client'

import { ActionOutcome } from '@/components/shared/ActionOutcome'
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
import { fill } from '@/lib/text/fill'
import { WordsFilters } from './WordsFilters'
import { WordsItem, type WordsDates } from './WordsItem'
import type { WordsLabels } from './WordsLabels'
import { WordsTools } from './WordsTools'

interface WordsViewProps {
  lng: Language
  libraryHref: string
  labels: WordsLabels
}

/** What an action did, for the status region; a deletion can be taken back. */
export interface ActionResult {
  text: string
  undo?: () => Promise<ActionResult>
}

/** An action on the reader's data: its result is announced, its failure shown as an alert. */
export type Perform = (work: () => Promise<ActionResult>) => Promise<void>

/** The reader's saved words, live from IndexedDB: search, filter, edit, export and import. */
export function WordsView({ lng, libraryHref, labels }: WordsViewProps) {
  const text = labels.words
  const [store, setStore] = useState<LearningStore>()
  const [storeError, setStoreError] = useState<StorageError>()
  // The time the data was read decides what is "due now", so rendering stays pure.
  const [data, setData] = useState<{ snapshot: Snapshot; at: number }>()
  const [filter, setFilter] = useState<WordFilter>({ query: '', text: '', status: 'active' })
  const [sort, setSort] = useState<WordSort>('newest')
  const [result, setResult] = useState<ActionResult>()
  const [alert, setAlert] = useState<string>()
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

  if (storeError) return <StorageNotice error={storeError} labels={labels.storage} />
  if (!store || !data) return <p className="words-loading">{text.loading}</p>

  const perform: Perform = async (work) => {
    try {
      setResult(await work())
      setAlert(undefined)
    } catch (error) {
      if (error instanceof BackupError) {
        setAlert(fill(text.importInvalid, { detail: error.message }))
        return
      }
      setAlert(storageMessage(toStorageError(error), labels.storage))
    }
  }

  const { words, cards, unreadable } = data.snapshot
  const rows = sortRows(filterRows(toRows(words, cards), filter, lng), sort)

  const saveNote = (word: WordRecord, note: string) =>
    perform(async () => {
      await store.setNote(word.key, note)
      return { text: fill(text.noteSaved, { word: germanWithArticle(word) }) }
    })

  const changeStatus = (word: WordRecord, status: StoredStatus) => {
    const action = statusAction(word, status)
    if (!action) return
    void perform(async () => {
      await store.act(action, changeOf(word))
      const name = germanWithArticle(word)
      return { text: fill(text.statusChanged, { word: name, status: labels.status[status] }) }
    })
  }

  const remove = (word: WordRecord) =>
    perform(async () => {
      const itsCards = cards.filter((card) => card.word === word.key)
      await store.deleteWord(word.key)
      const name = germanWithArticle(word)
      return {
        text: fill(text.deleted, { word: name }),
        // A merge puts back exactly what was deleted: the word and its cards are absent now.
        undo: async () => {
          await store.importData({ words: [word], cards: itsCards, reviews: [] })
          return { text: fill(text.restored, { word: name }) }
        },
      }
    })

  const undo = result?.undo
  return (
    <>
      <StorageNotice unreadable={unreadable} labels={labels.storage} />
      {alert && (
        <p className="alert-box" role="alert">
          {alert}
        </p>
      )}
      <ActionOutcome
        result={result}
        undoLabel={text.undo}
        onUndo={() => {
          if (undo) void perform(undo)
        }}
      />
      {words.length === 0 ? (
        <p className="words-empty">
          {text.empty} <Link href={libraryHref}>{text.emptyLink}</Link>
        </p>
      ) : (
        <>
          <WordsFilters
            words={words}
            filter={filter}
            sort={sort}
            labels={text}
            statusNames={labels.status}
            onFilter={setFilter}
            onSort={setSort}
          />
          <section aria-labelledby="words-list-heading">
            <div className="words-list-head">
              <h2 id="words-list-heading">{text.listHeading}</h2>
              <p role="status">
                {fill(words.length === 1 ? text.count_one : text.count_other, {
                  shown: String(rows.length),
                  total: String(words.length),
                })}
              </p>
            </div>
            {rows.length === 0 ? (
              <p>{text.noMatches}</p>
            ) : (
              <ul className="words-list">
                {rows.map((row) => (
                  <WordsItem
                    key={row.word.key}
                    row={row}
                    now={data.at}
                    lng={lng}
                    dates={dates}
                    labels={labels}
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
      <WordsTools store={store} words={words} lng={lng} labels={text} perform={perform} />
    </>
  )
}
