'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { importedTextPath } from '@/lib/routes'
import { isSharedBookHead, SHARED_FORMAT_HEAD_BYTES } from '@/lib/books/sharedBookFormat'
import { BookImport } from './BookImport'
import { failureMessage } from './failureMessage'
import { useT } from '@/i18n/client'

interface SharedTextImportProps {
  lng: string
}

/**
 * Opens a file someone shared: a `.zweiklang.json` text is added to the reader's texts, then
 * read; a `.zweiklang-book.json` book is imported as any book is, with its corrections.
 */
export function SharedTextImport({ lng }: SharedTextImportProps) {
  const { t } = useT('import')
  const { t: storageT } = useT('storage')
  const router = useRouter()
  const [problem, setProblem] = useState<string>()
  const [opening, setOpening] = useState(false)
  const [book, setBook] = useState<File>()
  const id = useId()

  async function open(file: File | undefined) {
    if (!file) return
    setBook(undefined)
    // A book can be far larger than a text: it goes to the book import, by its format.
    if (isSharedBookHead(await file.slice(0, SHARED_FORMAT_HEAD_BYTES).text())) {
      setProblem(undefined)
      return setBook(file)
    }
    setOpening(true)
    try {
      const { openSharedFile } = await import('./importWork')
      const text = await openSharedFile(file)
      setProblem(undefined)
      router.push(importedTextPath(lng, text.id))
    } catch (error) {
      setProblem(failureMessage(error, t, storageT))
    } finally {
      setOpening(false)
    }
  }

  return (
    <div className="import-field">
      <label htmlFor={id}>{t('shared.file')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => void open(event.target.files?.[0])}
      />
      <p role="status">{opening ? t('shared.opening') : ''}</p>
      {problem && (
        <p id={`${id}-problem`} className="alert-box" role="alert">
          {problem}
        </p>
      )}
      {book && <BookImport key={`${book.name} ${book.lastModified}`} file={book} lng={lng} />}
    </div>
  )
}
