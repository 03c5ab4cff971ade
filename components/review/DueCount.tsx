'use client'

import { useState } from 'react'
import { fill } from '@/lib/text/fill'
import { useAfterLoad } from '@/components/shared/useAfterLoad'

interface DueCountProps {
  /** "{{count}} card due" / "{{count}} cards due" */
  one: string
  other: string
}

/** The number of cards due, beside the Review link; counted after the page has loaded. */
export function DueCount({ one, other }: DueCountProps) {
  const [count, setCount] = useState(0)
  useAfterLoad(async () => (await import('./watchDue')).watchDue(setCount))
  if (count === 0) return null
  return (
    <>
      <span className="due-count" aria-hidden="true" data-testid="due-count">
        {count}
      </span>
      <span className="visually-hidden">
        {' '}
        ({fill(count === 1 ? one : other, { count: String(count) })})
      </span>
    </>
  )
}
