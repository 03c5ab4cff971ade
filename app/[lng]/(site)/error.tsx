'use client'

import { useEffect } from 'react'
import { useT } from 'next-i18next/client'

/**
 * A component below the site header threw: say so in the interface language and offer a
 * retry and a way back, instead of a blank page.
 */
export default function SiteError({ error, reset }: { error: Error; reset: () => void }) {
  const { t, i18n } = useT()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="not-found" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="error-actions">
        <button type="button" onClick={reset}>
          {t('error.retry')}
        </button>{' '}
        <a href={`/${i18n.resolvedLanguage ?? i18n.language}`}>{t('error.back')}</a>
      </p>
    </div>
  )
}
