'use client'

import { useId, useState } from 'react'
import { useT } from '@/i18n/client'

interface JoinFormProps {
  onJoin: (input: string) => Promise<void>
  busy: boolean
}

/** Typing or pasting the key's words, or a join link, to join this device to a space. */
export function JoinForm({ onJoin, busy }: JoinFormProps) {
  const { t } = useT('sync')
  const [input, setInput] = useState('')
  const id = useId()
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('join.heading')}</h2>
      <p id={`${id}-hint`}>{t('join.text')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void onJoin(input)
        }}
      >
        <label htmlFor={`${id}-key`}>{t('join.label')}</label>
        <textarea
          id={`${id}-key`}
          className="sync-key-input"
          rows={3}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={input}
          onChange={(event) => setInput(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          {t('join.button')}
        </button>
      </form>
    </section>
  )
}
