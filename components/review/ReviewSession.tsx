'use client'

import Link from 'next/link'
import { useEffect, useState } from 'react'
import type { Grade } from 'ts-fsrs'
import { getLearningStore } from '@/components/storage/learningStore'
import { StorageNotice } from '@/components/storage/StorageNotice'
import type { Language } from '@/i18n/settings'
import {
  afterAnswer,
  buildQueue,
  nextDue,
  progressOf,
  type Answer,
  type Session,
} from '@/lib/learning/review'
import { type Unreadable } from '@/lib/storage/learningStore'
import { toStorageError, type StorageError } from '@/lib/storage/storageError'
import type { CardRecord } from '@/lib/learning/types'
import { ReviewCard } from './ReviewCard'
import { useT } from '@/i18n/client'
import { ReviewEmpty, ReviewSummary, type Outlook } from './ReviewSummary'

type View =
  | { name: 'loading' }
  | { name: 'broken'; error: StorageError }
  | { name: 'empty'; due: number | undefined; now: number }
  | { name: 'session'; session: Session }
  | { name: 'done'; answers: Answer[]; outlook?: Outlook }

/** What is due now, and when the next card after that falls due. */
async function lookUp(lng: Language) {
  const store = await getLearningStore()
  const now = Date.now()
  const [cards, snapshot] = await Promise.all([store.dueCards(now), store.snapshot()])
  return {
    queue: buildQueue(cards, snapshot.words, lng),
    due: nextDue(snapshot.cards, snapshot.words, now),
    now,
    unreadable: snapshot.unreadable,
  }
}

interface SessionProps {
  lng: Language
}

/** A review session over the cards due when the page opened, kept in the reader's browser. */
export function ReviewSession({ lng }: SessionProps) {
  const { t } = useT('review')
  const [view, setView] = useState<View>({ name: 'loading' })
  const [unreadable, setUnreadable] = useState<Unreadable>()
  const [round, setRound] = useState(0)

  useEffect(() => {
    let cancelled = false
    lookUp(lng).then(
      (found) => {
        if (cancelled) return
        setUnreadable(found.unreadable)
        setView(
          found.queue.length > 0
            ? { name: 'session', session: { queue: found.queue, answers: [] } }
            : { name: 'empty', due: found.due, now: found.now },
        )
      },
      (error: unknown) => {
        if (!cancelled) setView({ name: 'broken', error: toStorageError(error) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [lng, round])

  function onRated(rated: CardRecord, grade: Grade, durationMs: number, now: number) {
    if (view.name !== 'session') return
    const session = afterAnswer(view.session, rated, grade, durationMs, now)
    if (session.queue.length > 0) return setView({ name: 'session', session })
    // The summary shows at once; what is due next is filled in when storage answers.
    setView({ name: 'done', answers: session.answers })
    lookUp(lng).then(
      (found) =>
        setView((current) =>
          current.name === 'done'
            ? { ...current, outlook: { due: found.due, now: found.now, more: found.queue.length } }
            : current,
        ),
      // The answers are saved; only the outlook is missing, and the summary says nothing wrong.
      () => undefined,
    )
  }

  function reviewMore() {
    setView({ name: 'loading' })
    setRound((count) => count + 1)
  }

  const current = view.name === 'session' ? view.session.queue[0] : undefined
  const progress = view.name === 'session' ? progressOf(view.session) : undefined
  const announcement =
    current && progress ? `${t('card', progress)}: ${t(`ask.${current.face.kind}`)}` : ''

  return (
    <div className="review-session">
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {view.name === 'loading' && <p role="status">{t('loading')}</p>}
      {view.name === 'broken' && (
        <>
          <StorageNotice error={view.error} />
          <p>
            <Link href={`/${lng}/words`}>{t('toWords')}</Link>
          </p>
        </>
      )}
      {unreadable && <StorageNotice unreadable={unreadable} />}
      {view.name === 'empty' && <ReviewEmpty due={view.due} now={view.now} lng={lng} />}
      {current && progress && (
        <>
          <p className="review-progress">{t('progress', progress)}</p>
          <ReviewCard
            key={`${progress.current}:${current.card.id}`}
            item={current}
            lng={lng}
            takeFocus={progress.current > 1}
            onRated={onRated}
          />
          <p className="review-keys">{t('keys')}</p>
        </>
      )}
      {view.name === 'done' && (
        <ReviewSummary
          answers={view.answers}
          outlook={view.outlook}
          onMore={reviewMore}
          lng={lng}
        />
      )}
    </div>
  )
}
