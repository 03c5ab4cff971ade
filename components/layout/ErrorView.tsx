'use client'

import { useEffect } from 'react'
import { errorMessagesFor } from './errorMessages'

/** What a reader sees when a component threw: the reason in their language, a retry, a way back. */
export function ErrorView({ error, reset }: { error: Error; reset: () => void }) {
  const { lng, t } = errorMessagesFor(
    typeof window === 'undefined' ? '/' : window.location.pathname,
  )
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="not-found" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" onClick={reset}>
          {t.retry}
        </button>{' '}
        <a href={`/${lng}`}>{t.back}</a>
      </p>
    </div>
  )
}
