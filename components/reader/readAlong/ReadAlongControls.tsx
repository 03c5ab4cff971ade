'use client'

import { useEffect } from 'react'
import { useT } from '@/i18n/client'
import { updatePrefs, usePrefs } from '@/components/preferences/prefsStore'
import { readingRates, type ReadingRate } from '@/lib/speech/readAlong'
import { readAlongCommand, useReadAlong } from './readAlongStore'

/**
 * Read-along's controls in the reader's toolbar: play or pause, the sentence before and
 * after, stop, speed, and a line that says where it is or why it cannot play.
 */
export function ReadAlongControls() {
  const { t } = useT()
  const view = useReadAlong()
  const { readingRate } = usePrefs()
  const active = view.status !== 'idle'

  // Leaving the reader stops the voice.
  useEffect(() => () => readAlongCommand({ type: 'stop' }), [])

  const setRate = (rate: ReadingRate) => {
    updatePrefs({ readingRate: rate })
    readAlongCommand({ type: 'rate', rate })
  }

  // Where it is, shown but not announced: a screen reader would talk over the voice.
  const position =
    view.status === 'playing'
      ? t('readAlong.reading', { at: view.at, count: view.count })
      : view.status === 'paused'
        ? t('readAlong.paused', { at: view.at, count: view.count })
        : ''

  return (
    <span className="read-along" role="group" aria-label={t('readAlong.label')}>
      <button type="button" onClick={() => readAlongCommand({ type: 'toggle' })}>
        {view.status === 'playing'
          ? t('readAlong.pause')
          : view.status === 'paused'
            ? t('readAlong.resume')
            : t('readAlong.play')}
      </button>
      {active && (
        <>
          <button type="button" onClick={() => readAlongCommand({ type: 'previous' })}>
            {t('readAlong.previous')}
          </button>
          <button type="button" onClick={() => readAlongCommand({ type: 'next' })}>
            {t('readAlong.next')}
          </button>
          <button type="button" onClick={() => readAlongCommand({ type: 'stop' })}>
            {t('readAlong.stop')}
          </button>
        </>
      )}
      <label>
        {t('readAlong.speed')}{' '}
        <select
          value={readingRate}
          onChange={(event) => setRate(Number(event.target.value) as ReadingRate)}
        >
          {readingRates.map((rate) => (
            <option key={rate} value={rate}>
              {rate}×
            </option>
          ))}
        </select>
      </label>
      {position && <span className="read-along-position">{position}</span>}
      <span className="read-along-problem" role="status">
        {view.problem && t(`readAlong.${view.problem}`)}
      </span>
    </span>
  )
}
