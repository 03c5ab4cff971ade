'use client'

import { useState, useRef } from 'react'
import { useT } from 'next-i18next/client'
import { ActionOutcome } from '@/components/shared/ActionOutcome'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import { storageMessage } from '@/components/storage/storageMessage'
import type { BookRecord } from '@/lib/books/records'
import { BookItem } from './BookItem'
import type { BookList } from './booksData'

type Data = typeof import('./booksData')

/** What an action did, for the status region; a deletion can be taken back. */
interface Result {
  text: string
  undo?: () => Promise<Result>
}

/** The reader's books with their progress, loaded once the page is idle. */
export function Books({ lng }: { lng: string }) {
  const { t } = useT('books', { keyPrefix: 'library' })
  const { t: storageT } = useT('storage')
  const [list, setList] = useState<BookList>()
  const [failure, setFailure] = useState<string>()
  const [result, setResult] = useState<Result>()
  const data = useRef<Data>(undefined)

  useAfterLoad(async () => {
    const loaded = await import('./booksData')
    data.current = loaded
    return loaded.watchBooks(setList, (error) => setFailure(storageMessage(error, storageT)))
  })

  async function perform(work: (loaded: Data) => Promise<Result>) {
    const loaded = data.current
    if (!loaded) return
    try {
      setResult(await work(loaded))
      setFailure(undefined)
    } catch (error) {
      setFailure(storageMessage(loaded.toStorageError(error), storageT))
    }
  }

  const remove = (book: BookRecord) =>
    perform(async (loaded) => {
      const removed = await loaded.removeBook(book.id)
      return {
        text: t('deleted', { title: book.title }),
        ...(removed && {
          undo: async () => {
            await loaded.restoreBook(removed)
            return { text: t('restored', { title: book.title }) }
          },
        }),
      }
    })

  const undo = result?.undo
  return (
    <div className="imported-texts-body">
      {failure && (
        <p className="alert-box" role="alert">
          {failure}
        </p>
      )}
      <ActionOutcome
        result={result}
        undoLabel={t('undo')}
        onUndo={() => {
          if (undo) void perform(undo)
        }}
      />
      {!list ? (
        !failure && <p className="imported-loading">{t('loading')}</p>
      ) : (
        <>
          {list.unreadable > 0 && <p>{t('unreadable', { count: list.unreadable })}</p>}
          {list.books.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="imported-list">
              {list.books.map(({ book, read, known }) => (
                <BookItem
                  key={book.id}
                  book={book}
                  read={read}
                  known={known}
                  lng={lng}
                  onDelete={() => void remove(book)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
