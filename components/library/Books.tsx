'use client'

import { useState, useRef } from 'react'
import { useT } from '@/i18n/client'
import { ActionOutcome } from '@/components/shared/ActionOutcome'
import { useActions } from '@/components/shared/useActions'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import { storageMessage } from '@/components/storage/storageMessage'
import type { BookRecord } from '@/lib/books/records'
import { toStorageError } from '@/lib/storage/storageError'
import { BookItem } from './BookItem'
import type { BookList } from './booksData'

type Data = typeof import('./booksData')

/** The reader's books with their progress, loaded once the page is idle. */
export function Books({ lng }: { lng: string }) {
  const { t } = useT('books', { keyPrefix: 'library' })
  const { t: storageT } = useT('storage')
  const [list, setList] = useState<BookList>()
  const { result, failure, setFailure, perform } = useActions((error) =>
    storageMessage(toStorageError(error), storageT),
  )
  const data = useRef<Data>(undefined)

  useAfterLoad(async () => {
    const loaded = await import('./booksData')
    data.current = loaded
    return loaded.watchBooks(setList, (error) => setFailure(storageMessage(error, storageT)))
  })

  const remove = (book: BookRecord) => {
    const loaded = data.current
    if (!loaded) return
    void perform(async () => {
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
  }

  return (
    <div className="imported-texts-body">
      <ActionOutcome result={result} failure={failure} undoLabel={t('undo')} perform={perform} />
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
                  onDelete={() => remove(book)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
