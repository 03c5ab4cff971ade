'use client'

import { useState } from 'react'
import { useT } from '@/i18n/client'
import { useAfterLoad } from '@/components/shared/useAfterLoad'

/** The number of cards due, beside the Review link; counted after the page has loaded. */
export function DueCount() {
  const { t } = useT()
  const [count, setCount] = useState(0)
  useAfterLoad(async () => (await import('./watchDue')).watchDue(setCount))
  if (count === 0) return null
  return (
    <>
      <span className="due-count" aria-hidden="true" data-testid="due-count">
        {count}
      </span>
      <span className="visually-hidden"> ({t('nav.due', { count })})</span>
    </>
  )
}
