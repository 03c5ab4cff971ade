'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { alignImport } from '@/lib/import/align'
import type { ImportBlock } from '@/lib/import/blocks'
import type { FieldProblem } from '@/lib/import/prepare'
import { importedTextPath } from '@/lib/routes'
import { ImportAlignment } from './ImportAlignment'
import { BookImport } from './BookImport'
import { failureMessage } from './failureMessage'
import { ImportForm, type ImportValues, type Side } from './ImportForm'
import { useT } from '@/i18n/client'

interface ImportViewProps {
  lng: string
}

interface Editing {
  title: string
  de: ImportBlock[]
  en: ImportBlock[]
}

/** Said after an import: invisible characters taken out, and where the saved text is. */
interface Notice {
  removed: number
  href?: string
}

/**
 * The import form, and the alignment editor when the two sides differ in blocks. What the
 * reader typed stays in the fields whatever fails.
 */
export function ImportView({ lng }: ImportViewProps) {
  const { t } = useT('import')
  const { t: storageT } = useT('storage')
  const router = useRouter()
  const [values, setValues] = useState<ImportValues>({ title: '', de: '', en: '' })
  const [problems, setProblems] = useState<Partial<Record<Side, string>>>({})
  const [alert, setAlert] = useState<string>()
  const [notice, setNotice] = useState<Notice>()
  const [editing, setEditing] = useState<Editing>()
  const [busy, setBusy] = useState(false)
  /** A book file chosen: imported by chapters, beside the form. */
  const [book, setBook] = useState<File>()
  const fields = { de: useRef<HTMLTextAreaElement>(null), en: useRef<HTMLTextAreaElement>(null) }
  const openLink = useRef<HTMLAnchorElement>(null)
  const focusGerman = useRef(false)
  const number = new Intl.NumberFormat(lng)

  useEffect(() => {
    if (notice?.href) openLink.current?.focus()
  }, [notice])

  // Back from the editor, the reader continues in the German field.
  useEffect(() => {
    if (editing || !focusGerman.current) return
    focusGerman.current = false
    fields.de.current?.focus()
  })

  const describe = (side: Side, { problem, length }: FieldProblem, max: number) =>
    t(`form.problems.${side}.${problem}`, {
      length: number.format(length ?? 0),
      max: number.format(max),
    })

  /** Saves the text; goes to the reader unless there is something to say first. */
  async function save(text: { title: string; de: ImportBlock[]; en?: ImportBlock[] }, removed = 0) {
    setBusy(true)
    try {
      const { saveText } = await import('./importWork')
      const record = await saveText(text)
      setAlert(undefined)
      const href = importedTextPath(lng, record.id)
      if (removed > 0) setNotice({ removed, href })
      else router.push(href)
    } catch (error) {
      setAlert(failureMessage(error, t, storageT))
    } finally {
      setBusy(false)
    }
  }

  async function submit() {
    if (busy) return
    const { MAX_IMPORT_LENGTH, prepareImport } = await import('./importWork')
    const prepared = prepareImport(values)
    if (!prepared.ok) {
      setProblems({
        ...(prepared.de ? { de: describe('de', prepared.de, MAX_IMPORT_LENGTH) } : {}),
        ...(prepared.en ? { en: describe('en', prepared.en, MAX_IMPORT_LENGTH) } : {}),
      })
      fields[prepared.de ? 'de' : 'en'].current?.focus()
      return
    }
    setProblems({})
    const { title, de, en, removed } = prepared
    setNotice(removed > 0 ? { removed } : undefined)
    if (alignImport(de, en).aligned) await save({ title, de, en }, removed)
    else setEditing({ title, de, en })
  }

  async function back(blocks: { de: ImportBlock[]; en: ImportBlock[] }) {
    const { blocksToText } = await import('./importWork')
    setValues((current) => ({
      ...current,
      de: blocksToText(blocks.de),
      en: blocksToText(blocks.en),
    }))
    focusGerman.current = true
    setEditing(undefined)
  }

  const removedText =
    notice && notice.removed > 0 ? t('form.removed', { count: notice.removed }) : undefined
  return (
    <>
      <div role="status">
        {removedText && <p className="notice">{removedText}</p>}
        {notice?.href && (
          <p className="notice">
            {t('form.saved')}{' '}
            <Link ref={openLink} href={notice.href}>
              {t('form.open')}
            </Link>
          </p>
        )}
      </div>
      {alert && (
        <p className="alert-box" role="alert">
          {alert}
        </p>
      )}
      {book && <BookImport key={`${book.name} ${book.lastModified}`} file={book} lng={lng} />}
      {editing ? (
        <ImportAlignment
          initial={{ de: editing.de, en: editing.en }}
          onRead={(blocks) => void save({ title: editing.title, ...blocks })}
          onReadGerman={(de) => void save({ title: editing.title, de })}
          onBack={(blocks) => void back(blocks)}
        />
      ) : (
        <ImportForm
          values={values}
          problems={problems}
          busy={busy}
          fieldRefs={fields}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          onProblem={(side, problem) => setProblems((current) => ({ ...current, [side]: problem }))}
          onSubmit={() => void submit()}
          onBook={setBook}
        />
      )}
    </>
  )
}
