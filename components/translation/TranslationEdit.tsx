'use client'

import { useId, useState } from 'react'
import { useT } from '@/i18n/client'

interface TranslationEditProps {
  /** The block's English as it is now. */
  english: string
  /** The reader has edited this block before: it is theirs, not the machine's. */
  edited: boolean
  /** Keeps the reader's English for this block; rejects with the reason it could not. */
  save: (english: string) => Promise<void>
}

/**
 * Under a machine-translated block: says whose English it is and lets the reader rewrite it.
 * An edited block is marked as the reader's from then on.
 */
export function TranslationEdit({ english, edited, save }: TranslationEditProps) {
  const { t } = useT('mine')
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(english)
  const [problem, setProblem] = useState('')
  const fieldId = useId()
  // Read by the saved word's source (`wordSource`), so the words page and exports can say so.
  const by = edited ? 'reader' : 'machine'

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    try {
      await save(draft)
      setEditing(false)
      setProblem('')
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }

  if (!editing)
    return (
      <p className="translation-source" data-translation-by={by}>
        <span>{edited ? t('translate.byYou') : t('translate.byMachine')}</span>{' '}
        <button
          type="button"
          onClick={() => {
            setDraft(english)
            setEditing(true)
          }}
        >
          {t('translate.edit')}
        </button>
      </p>
    )
  return (
    <form
      className="translation-edit"
      data-translation-by={by}
      onSubmit={(event) => void submit(event)}
    >
      <label htmlFor={fieldId}>{t('translate.yourEnglish')}</label>
      <textarea
        id={fieldId}
        value={draft}
        lang="en"
        rows={3}
        onChange={(event) => setDraft(event.target.value)}
      />
      <p>
        <button type="submit" disabled={!draft.trim()}>
          {t('translate.saveEdit')}
        </button>{' '}
        <button type="button" onClick={() => setEditing(false)}>
          {t('cancel')}
        </button>
      </p>
      {problem && <p role="alert">{t('saveFailed', { reason: problem })}</p>}
    </form>
  )
}
