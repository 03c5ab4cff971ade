'use client'

import { useState } from 'react'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import type { LearningTotals } from './progressData'

interface LearningSummaryProps {
  labels: { title: string; known: string; learning: string; dueToday: string }
  lng: string
}

/** The library's progress figures; shown once there is something to show. */
export function LearningSummary({ labels, lng }: LearningSummaryProps) {
  const [totals, setTotals] = useState<LearningTotals>()
  useAfterLoad(async () => (await import('./progressData')).watchTotals(setTotals))
  if (!totals || totals.known + totals.learning === 0) return null
  const number = new Intl.NumberFormat(lng)
  const figures = [
    [labels.known, totals.known],
    [labels.learning, totals.learning],
    [labels.dueToday, totals.dueToday],
  ] as const
  return (
    <section className="learning-summary" aria-labelledby="learning-summary-title">
      <h2 id="learning-summary-title">{labels.title}</h2>
      <dl>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
