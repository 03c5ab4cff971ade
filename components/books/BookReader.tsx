'use client'

import { useEffect, useState } from 'react'
import { useT } from '@/i18n/client'
import type { Language } from '@/i18n/settings'
import { StoredReaderStatus } from '@/components/reader/StoredReaderStatus'
import { onLoad } from '@/components/shared/afterLoad'
import { storageMessage } from '@/components/storage/storageMessage'
import { StorageError } from '@/lib/storage/storageError'
import { bookId } from '@/lib/routes'
import { BookChapters } from './BookChapters'
import type { OpenedBook } from './openBook'

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }
  | (OpenedBook & { kind: 'book' })

interface BookReaderProps {
  lng: Language
  popupId: string
}

/**
 * The reader of a book imported on this device. One static page serves every book; the book
 * comes from this browser's storage, a chapter at a time.
 */
export function BookReader({ lng, popupId }: BookReaderProps) {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const { t: storageT } = useT('storage')

  useEffect(() => {
    // One page serves every book (a rewrite): the id is in the address, not in the route.
    const id = bookId(window.location.pathname)
    let current = true
    const cancel = onLoad(async () => {
      try {
        const { openBook } = await import('./openBook')
        const opened = id ? await openBook(id) : undefined
        if (current) setState(opened ? { kind: 'book', ...opened } : { kind: 'missing' })
      } catch (error) {
        const reason =
          error instanceof StorageError
            ? storageMessage(error, storageT)
            : error instanceof Error
              ? error.message
              : String(error)
        if (current) setState({ kind: 'unreadable', reason })
      }
    })
    return () => {
      current = false
      cancel()
    }
  }, [storageT])

  if (state.kind === 'book')
    return <BookChapters book={state.book} store={state.store} lng={lng} popupId={popupId} />
  return (
    <StoredReaderStatus status={state} lng={lng} strings={{ ns: 'books', keyPrefix: 'reader' }} />
  )
}
