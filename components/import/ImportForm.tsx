'use client'

import { useId, type FormEvent, type Ref } from 'react'
import { ImportField } from './ImportField'
import type { ImportFormStrings } from './ImportLabels'

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
  labels: ImportFormStrings
  fieldRefs: Record<Side, Ref<HTMLTextAreaElement>>
  onChange: (change: Partial<ImportValues>) => void
  onProblem: (side: Side, problem: string | undefined) => void
  onSubmit: () => void
}

/** The title, the German and the translation, each typed, pasted or read from a file. */
export function ImportForm({
  values,
  problems,
  busy,
  labels,
  fieldRefs,
  onChange,
  onProblem,
  onSubmit,
}: ImportFormProps) {
  const titleId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  // The page's own messages say what is wrong; the browser's would say less, in its language.
  return (
    <form className="import-form" noValidate onSubmit={submit}>
      <div className="import-field">
        <label htmlFor={titleId}>{labels.title}</label>
        <p id={`${titleId}-hint`} className="import-hint">
          {labels.titleHint}
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
          label={labels.german}
          hint={labels.germanHint}
          uploadLabel={labels.uploadGerman}
          value={values.de}
          problem={problems.de}
          required
          fieldRef={fieldRefs.de}
          labels={labels}
          onChange={(de) => onChange({ de })}
          onProblem={(problem) => onProblem('de', problem)}
        />
        <ImportField
          lang="en"
          label={labels.english}
          hint={labels.englishHint}
          uploadLabel={labels.uploadEnglish}
          value={values.en}
          problem={problems.en}
          fieldRef={fieldRefs.en}
          labels={labels}
          onChange={(en) => onChange({ en })}
          onProblem={(problem) => onProblem('en', problem)}
        />
      </div>
      {/* Not disabled while saving: a disabled button would drop the focus. */}
      <button className="import-submit" type="submit" aria-busy={busy}>
        {busy ? labels.saving : labels.submit}
      </button>
    </form>
  )
}
