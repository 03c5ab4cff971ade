import type { Grade } from 'ts-fsrs'
import type { Language } from '@/i18n/settings'
import { formatInterval } from '@/lib/learning/review'
import { gradeNames, grades, previewDue } from '@/lib/learning/schedule'
import type { CardRecord } from '@/lib/learning/types'
import { useT } from '@/i18n/client'

interface RatingsProps {
  card: CardRecord
  /** When the answer was shown: the intervals count from there. */
  shownAt: number
  lng: Language
  /** Again is marked as the suggestion after a wrong der/die/das. */
  suggestAgain: boolean
  onRate: (grade: Grade) => void
}

/** Again, Hard, Good and Easy, each with where it would send the card; keys 1 to 4. */
export function ReviewRatings({ card, shownAt, lng, suggestAgain, onRate }: RatingsProps) {
  const { t } = useT('review')
  const due = previewDue(card, shownAt)
  return (
    <div className="review-ratings" role="group" aria-labelledby="review-rate">
      <p id="review-rate" className="review-label">
        {t('rate')}
      </p>
      <div className="review-rating-buttons">
        {grades.map((grade, index) => {
          const name = gradeNames[grade]
          const ms = due[name] - shownAt
          const interval =
            formatInterval(ms, lng) ??
            t('lessThan', { interval: formatInterval(60_000, lng) ?? '' })
          const suggested = suggestAgain && name === 'again'
          return (
            <button
              key={grade}
              type="button"
              className={`review-rating ${name}${suggested ? ' suggested' : ''}`}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => onRate(grade)}
            >
              <span className="review-grade">{t(`grades.${name}`)}</span>{' '}
              <span className="review-interval">{interval}</span>
              {suggested && <span className="review-suggested"> ({t('suggested')})</span>}
              <kbd aria-hidden="true">{index + 1}</kbd>
            </button>
          )
        })}
      </div>
    </div>
  )
}
