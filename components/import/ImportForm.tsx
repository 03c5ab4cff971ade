'use client'

import { useId, type FormEvent, type Ref } from 'react'
import { ImportField } from './ImportField'
import { useT } from '@/i18n/client'

export interface ImportValues {
  title: string
  de: string
  en: string
}

export type Side = 'de' | 'en'

interface ImportFormProps {
  values: ImportValues
  problems: Partial<Record<Side, string>>
  busy: boolean
  fieldRefs: Record<Side, Ref<HTMLTextAreaElement>>
  onChange: (change: Partial<ImportValues>) => void
  onProblem: (side: Side, problem: string | undefined) => void
  onSubmit: () => void
  /** Takes a German file that is a book rather than a text. */
  onBook: (file: File) => void
}

/** The title, the German and the translation, each typed, pasted or read from a file. */
export function ImportForm({
  values,
  problems,
  busy,
  fieldRefs,
  onChange,
  onProblem,
  onSubmit,
  onBook,
}: ImportFormProps) {
  const { t } = useT('import', { keyPrefix: 'form' })
  const titleId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  // The page's own messages say what is wrong; the browser's would say less, in its language.
  return (
    <form className="import-form" noValidate onSubmit={submit}>
      <div className="import-field">
        <label htmlFor={titleId}>{t('title')}</label>
        <p id={`${titleId}-hint`} className="import-hint">
          {t('titleHint')}
        </p>
        <input
          id={titleId}
          type="text"
          lang="de"
          maxLength={300}
          value={values.title}
          aria-describedby={`${titleId}-hint`}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </div>
      <div className="import-sides">
        <ImportField
          lang="de"
          label={t('german')}
          hint={t('germanHint')}
          uploadLabel={t('uploadGerman')}
          value={values.de}
          problem={problems.de}
          required
          fieldRef={fieldRefs.de}
          onChange={(de) => onChange({ de })}
          onProblem={(problem) => onProblem('de', problem)}
          onBook={onBook}
        />
        <ImportField
          lang="en"
          label={t('english')}
          hint={t('englishHint')}
          uploadLabel={t('uploadEnglish')}
          value={values.en}
          problem={problems.en}
          fieldRef={fieldRefs.en}
          onChange={(en) => onChange({ en })}
          onProblem={(problem) => onProblem('en', problem)}
        />
      </div>
      {/* Not disabled while saving: a disabled button would drop the focus. */}
      <button className="import-submit" type="submit" aria-busy={busy}>
        {busy ? t('saving') : t('submit')}
      </button>
    </form>
  )
}
