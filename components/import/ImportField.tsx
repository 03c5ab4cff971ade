'use client'

import { useId, type Ref } from 'react'
import { useT } from '@/i18n/client'

interface ImportFieldProps {
  lang: 'de' | 'en'
  label: string
  hint: string
  uploadLabel: string
  value: string
  /** What is wrong with this side (its text or the file chosen for it), shown as an alert. */
  problem?: string
  required?: boolean
  fieldRef?: Ref<HTMLTextAreaElement>
  onChange: (value: string) => void
  onProblem: (problem: string | undefined) => void
  /** Takes a file that is a book (an EPUB, or text longer than one text): imported by chapters. */
  onBook?: (file: File) => void
}

/** One side of the text: a field to paste into and a file to fill it from. */
export function ImportField({
  lang,
  label,
  hint,
  uploadLabel,
  value,
  problem,
  required,
  fieldRef,
  onChange,
  onProblem,
  onBook,
}: ImportFieldProps) {
  const { t } = useT('import', { keyPrefix: 'form' })
  const id = useId()
  const describedBy = [`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ')

  async function upload(file: File | undefined) {
    if (!file) return
    const work = await import('./importWork')
    // One way to import a file: what is too long for one text is a book.
    if (onBook && (work.isBookFile(file) || file.size > work.MAX_UPLOAD_BYTES)) {
      onProblem(undefined)
      return onBook(file)
    }
    if (file.size > work.MAX_UPLOAD_BYTES) {
      onProblem(t('fileTooBig', { name: file.name }))
      return
    }
    try {
      const text = await file.text()
      if (work.isBinaryText(text)) {
        onProblem(t('fileBinary', { name: file.name }))
        return
      }
      if (onBook && text.length > work.MAX_IMPORT_LENGTH) {
        onProblem(undefined)
        return onBook(file)
      }
      // The file's text goes into the field, so the reader sees and can edit what is imported.
      onChange(text)
      onProblem(undefined)
    } catch (error) {
      onProblem(t('fileUnreadable', { name: file.name, detail: String(error) }))
    }
  }

  return (
    <div className="import-field">
      <label htmlFor={`${id}-text`}>{label}</label>
      <p id={`${id}-hint`} className="import-hint">
        {hint}
      </p>
      <textarea
        id={`${id}-text`}
        ref={fieldRef}
        lang={lang}
        rows={10}
        value={value}
        required={required}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="alert-box" role="alert">
          {problem}
        </p>
      )}
      <label className="import-file">
        {uploadLabel}
        <input
          type="file"
          accept={`.txt,.md,text/plain,text/markdown${onBook ? ',.epub,application/epub+zip' : ''}`}
          onChange={(event) => void upload(event.target.files?.[0])}
        />
      </label>
    </div>
  )
}
