'use client'

import { useState } from 'react'
import { useT } from '@/i18n/client'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import type { LearningTotals } from './progressData'

interface LearningSummaryProps {
  lng: string
}

/** The library's progress figures; shown once there is something to show. */
export function LearningSummary({ lng }: LearningSummaryProps) {
  const { t } = useT('library', { keyPrefix: 'progress' })
  const [totals, setTotals] = useState<LearningTotals>()
  useAfterLoad(async () => (await import('./progressData')).watchTotals(setTotals))
  if (!totals || totals.known + totals.learning === 0) return null
  const number = new Intl.NumberFormat(lng)
  const figures = [
    [t('known'), totals.known],
    [t('learning'), totals.learning],
    [t('dueToday'), totals.dueToday],
  ] as const
  return (
    <section className="learning-summary" aria-labelledby="learning-summary-title">
      <h2 id="learning-summary-title">{t('title')}</h2>
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
