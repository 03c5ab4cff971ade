'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'
import type { Language } from '@/i18n/settings'
import {
  formatDueIn,
  formatDuration,
  formatPercent,
  summarize,
  type Answer,
} from '@/lib/learning/review'
import { gradeNames, grades } from '@/lib/learning/schedule'
import { useT } from '@/i18n/client'

/** What comes after a session, looked up once it has ended. */
export interface Outlook {
  /** When the next card falls due, if any will. */
  due: number | undefined
  /** When `due` was looked up. */
  now: number
  /** Cards due already: those that fell due during the session. */
  more: number
}

interface NextDueProps {
  due: number | undefined
  now: number
  lng: Language
}

function NextDue({ due, now, lng }: NextDueProps) {
  const { t } = useT('review')
  return (
    <p className="review-next">
      {due === undefined ? t('noneScheduled') : t('nextDue', { when: formatDueIn(due - now, lng) })}
    </p>
  )
}

interface SummaryProps {
  answers: Answer[]
  outlook: Outlook | undefined
  onMore: () => void
  lng: Language
}

/** The end of a session: what was answered how, and what comes next. */
export function ReviewSummary({ answers, outlook, onMore, lng }: SummaryProps) {
  const { t } = useT('review')
  const summary = summarize(answers)
  const heading = useRef<HTMLHeadingElement>(null)
  // The last rating button has gone: the summary's heading takes the focus.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="review-summary" aria-labelledby="review-done">
      <h2 id="review-done" ref={heading} tabIndex={-1}>
        {t('done')}
      </h2>
      <p>{t('reviewed', { count: summary.cards })}</p>
      <h3>{t('answers')}</h3>
      <dl className="review-counts">
        {grades.map((grade) => (
          <div key={grade}>
            <dt>{t(`grades.${gradeNames[grade]}`)}</dt>
            <dd>{summary.counts[gradeNames[grade]]}</dd>
          </div>
        ))}
      </dl>
      <p>{t('remembered', { percent: formatPercent(summary.correct, lng) })}</p>
      <p>{t('time', { time: formatDuration(summary.timeMs, lng) })}</p>
      {outlook && <NextDue due={outlook.due} now={outlook.now} lng={lng} />}
      <div className="review-actions">
        {outlook && outlook.more > 0 && (
          <button type="button" onClick={onMore}>
            {t('more', { count: outlook.more })}
          </button>
        )}
        <Link href={`/${lng}`}>{t('toLibrary')}</Link>
      </div>
    </section>
  )
}

/** Nothing is due: say so, say when something will be, and lead back to reading. */
export function ReviewEmpty(props: NextDueProps) {
  const { lng } = props
  const { t } = useT('review')
  return (
    <section className="review-empty">
      <p className="review-empty-text">{t('empty')}</p>
      {props.due !== undefined && <NextDue {...props} />}
      <p>
        <Link href={`/${lng}`}>{t('toLibrary')}</Link>
      </p>
    </section>
  )
}
