'use client'

import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Grade } from 'ts-fsrs'
import { getLearningStore } from '@/components/storage/learningStore'
import type { Language } from '@/i18n/settings'
import type { ReviewItem, SingularGender } from '@/lib/learning/review'
import { grades } from '@/lib/learning/schedule'
import { storageMessage } from '@/components/storage/storageMessage'
import { toStorageError } from '@/lib/storage/storageError'
import type { CardRecord } from '@/lib/learning/types'
import { isTypingTarget } from '@/lib/prefs/shortcuts'
import { ReviewAnswer, ReviewQuestion } from './ReviewFaces'
import { useT } from '@/i18n/client'
import { ReviewRatings } from './ReviewRatings'

interface CardProps {
  item: ReviewItem
  lng: Language
  /** False for the first card, so that loading the page does not move focus. */
  takeFocus: boolean
  onRated: (rated: CardRecord, grade: Grade, durationMs: number, now: number) => void
}

// Space and Enter on a control activate it; only elsewhere do they show the answer.
const CONTROLS = 'button, a, summary, select, input, textarea, [role="button"]'

/** One card, from its question to its rating. Keyed by the session, so each card starts fresh. */
export function ReviewCard({ item, lng, takeFocus, onRated }: CardProps) {
  const { t } = useT('review')
  const { t: storageT } = useT('storage')
  const [revealedAt, setRevealedAt] = useState<number>()
  const [hintShown, setHintShown] = useState(false)
  const [chosen, setChosen] = useState<SingularGender>()
  const [error, setError] = useState<string>()
  const shownAt = useRef(0)
  const saving = useRef(false)
  const cardRef = useRef<HTMLElement>(null)
  const answerRef = useRef<HTMLDivElement>(null)
  const revealed = revealedAt !== undefined

  useEffect(() => {
    shownAt.current = Date.now()
    if (takeFocus) cardRef.current?.focus()
  }, [takeFocus])

  useEffect(() => {
    if (revealed) answerRef.current?.focus()
  }, [revealed])

  function reveal() {
    setRevealedAt((at) => at ?? Date.now())
  }

  function choose(gender: SingularGender) {
    setChosen(gender)
    reveal()
  }

  async function rate(grade: Grade) {
    if (saving.current) return
    saving.current = true
    setError(undefined)
    const now = Date.now()
    const durationMs = now - shownAt.current
    try {
      const store = await getLearningStore()
      const result = await store.rate(item.card, grade, durationMs, now)
      onRated(result.card, grade, durationMs, now)
    } catch (thrown) {
      // The card stays on screen with its answer, so the rating can simply be given again.
      setError(storageMessage(toStorageError(thrown), storageT))
    } finally {
      saving.current = false
    }
  }

  // The handlers change each render; a ref lets one listener always call the current ones.
  // Both are set as the card is put on the page, not after it is painted: a key pressed the
  // moment a card or its answer shows would otherwise find no listener or the last state.
  const keys = useRef({ reveal, rate, revealed })
  useLayoutEffect(() => {
    keys.current = { reveal, rate, revealed }
  })
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
      if (isTypingTarget(event.target)) return
      const current = keys.current
      if (event.key === ' ' || event.key === 'Enter') {
        if (current.revealed) return
        if (event.target instanceof Element && event.target.closest(CONTROLS)) return
        event.preventDefault()
        current.reveal()
        return
      }
      const grade = grades[Number(event.key) - 1]
      if (current.revealed && grade !== undefined && /^[1-4]$/u.test(event.key)) {
        event.preventDefault()
        void current.rate(grade)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const { face } = item
  return (
    <section className="review-card" ref={cardRef} tabIndex={-1} aria-labelledby="review-ask">
      <h2 id="review-ask" className="review-ask">
        {t(`ask.${face.kind}`)}
      </h2>
      <ReviewQuestion
        face={face}
        lng={lng}
        hintShown={hintShown}
        onToggleHint={() => setHintShown((shown) => !shown)}
        chosen={chosen}
        onChoose={choose}
      />
      {revealed ? (
        <>
          <div
            className="review-answer"
            ref={answerRef}
            tabIndex={-1}
            role="group"
            aria-label={t('answer')}
          >
            <ReviewAnswer face={face} lng={lng} chosen={chosen} />
          </div>
          <ReviewRatings
            card={item.card}
            shownAt={revealedAt}
            lng={lng}
            suggestAgain={face.kind === 'article' && chosen !== undefined && chosen !== face.gender}
            onRate={(grade) => void rate(grade)}
          />
        </>
      ) : (
        <button type="button" className="review-show" onClick={reveal}>
          {t('showAnswer')} <kbd aria-hidden="true">Space</kbd>
        </button>
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
