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
import { fill } from '@/lib/text/fill'
import type { ReviewLabels } from './ReviewLabels'

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
  labels: ReviewLabels
}

function NextDue({ due, now, lng, labels }: NextDueProps) {
  return (
    <p className="review-next">
      {due === undefined
        ? labels.noneScheduled
        : fill(labels.nextDue, { when: formatDueIn(due - now, lng) })}
    </p>
  )
}

interface SummaryProps {
  answers: Answer[]
  outlook: Outlook | undefined
  onMore: () => void
  lng: Language
  labels: ReviewLabels
}

/** The end of a session: what was answered how, and what comes next. */
export function ReviewSummary({ answers, outlook, onMore, lng, labels }: SummaryProps) {
  const summary = summarize(answers)
  const heading = useRef<HTMLHeadingElement>(null)
  // The last rating button has gone: the summary's heading takes the focus.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="review-summary" aria-labelledby="review-done">
      <h2 id="review-done" ref={heading} tabIndex={-1}>
        {labels.done}
      </h2>
      <p>
        {fill(summary.cards === 1 ? labels.reviewedOne : labels.reviewedOther, {
          count: String(summary.cards),
        })}
      </p>
      <h3>{labels.answers}</h3>
      <dl className="review-counts">
        {grades.map((grade) => (
          <div key={grade}>
            <dt>{labels.grades[gradeNames[grade]]}</dt>
            <dd>{summary.counts[gradeNames[grade]]}</dd>
          </div>
        ))}
      </dl>
      <p>{fill(labels.remembered, { percent: formatPercent(summary.correct, lng) })}</p>
      <p>{fill(labels.time, { time: formatDuration(summary.timeMs, lng) })}</p>
      {outlook && <NextDue due={outlook.due} now={outlook.now} lng={lng} labels={labels} />}
      <div className="review-actions">
        {outlook && outlook.more > 0 && (
          <button type="button" onClick={onMore}>
            {fill(outlook.more === 1 ? labels.moreOne : labels.moreOther, {
              count: String(outlook.more),
            })}
          </button>
        )}
        <Link href={`/${lng}`}>{labels.toLibrary}</Link>
      </div>
    </section>
  )
}

/** Nothing is due: say so, say when something will be, and lead back to reading. */
export function ReviewEmpty(props: NextDueProps) {
  const { lng, labels } = props
  return (
    <section className="review-empty">
      <p className="review-empty-text">{labels.empty}</p>
      {props.due !== undefined && <NextDue {...props} />}
      <p>
        <Link href={`/${lng}`}>{labels.toLibrary}</Link>
      </p>
    </section>
  )
}
