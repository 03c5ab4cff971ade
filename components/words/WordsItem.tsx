'use client'

import { useId } from 'react'
import type { Language } from '@/i18n/settings'
import { germanWithArticle } from '@/lib/learning/anki'
import type { StoredStatus, WordRecord } from '@/lib/learning/types'
import type { WordRow } from '@/lib/learning/wordList'
import { useT } from '@/i18n/client'

/** The schema's limit: a longer note would make the record unreadable. */
const NOTE_MAX = 10_000
const movableStatuses: readonly StoredStatus[] = ['learning', 'known', 'ignored']

export interface WordsDates {
  added: Intl.DateTimeFormat
  review: Intl.DateTimeFormat
}

interface WordsItemProps {
  row: WordRow
  /** When the data was read: a next review before it is due now. */
  now: number
  lng: Language
  /** Made once per list, not per word: formatters are costly to create. */
  dates: WordsDates
  onNote: (word: WordRecord, note: string) => void
  onStatus: (word: WordRecord, status: StoredStatus) => void
  onDelete: (word: WordRecord) => void
}

/** One saved word: what it means, where it was met, when it comes back, and its controls. */
export function WordsItem({ row, now, lng, dates, onNote, onStatus, onDelete }: WordsItemProps) {
  const id = useId()
  const { word, nextDue } = row
  const { t } = useT('words')
  const { t: learningT } = useT('learning')
  const german = germanWithArticle(word)

  return (
    <li className="words-item">
      <div className="words-item-head">
        <h3 lang="de">{german}</h3>
        <p className="words-gloss">
          <span className="visually-hidden">{t('meaning')}: </span>
          {word.glosses[lng]}
        </p>
      </div>
      <dl className="words-facts">
        {word.source && (
          <div>
            <dt>{t('source')}</dt>
            <dd lang="de">{word.source.title}</dd>
          </div>
        )}
        <div>
          <dt>{t('added')}</dt>
          <dd>
            <time dateTime={new Date(word.addedAt).toISOString()}>
              {dates.added.format(word.addedAt)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('nextReview')}</dt>
          <dd>
            {nextDue === undefined ? (
              <>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t('notScheduled')}</span>
              </>
            ) : nextDue <= now ? (
              <strong>{t('dueNow')}</strong>
            ) : (
              <time dateTime={new Date(nextDue).toISOString()}>{dates.review.format(nextDue)}</time>
            )}
          </dd>
        </div>
      </dl>
      {word.source?.sentence && (
        <blockquote className="words-sentence" lang="de">
          {word.source.sentence}
        </blockquote>
      )}
      {word.source?.translation && (
        // The English saved beside the sentence: folded, so a long one does not crowd the list.
        <details className="words-english">
          <summary>
            {t('english')}
            {word.source.translationBy === 'machine' && (
              <>
                {' '}
                <span className="translation-mark">{t('machineTranslation')}</span>
              </>
            )}
          </summary>
          <p lang="en">{word.source.translation}</p>
        </details>
      )}
      <div className="words-controls">
        <label className="words-note" htmlFor={`${id}-note`}>
          {t('note', { word: german })}
        </label>
        {/* Keyed by the stored note: a change from another tab replaces the field's text. */}
        <textarea
          key={word.note}
          id={`${id}-note`}
          className="words-note-field"
          defaultValue={word.note}
          maxLength={NOTE_MAX}
          rows={2}
          onBlur={(event) => {
            if (event.target.value !== word.note) onNote(word, event.target.value)
          }}
        />
        <div className="words-actions">
          <label>
            <span>{t('changeStatus', { word: german })}</span>
            <select
              value={word.status}
              onChange={(event) => {
                const status = movableStatuses.find((value) => value === event.target.value)
                if (status) onStatus(word, status)
              }}
            >
              {movableStatuses.map((status) => (
                <option key={status} value={status}>
                  {learningT(`status.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="words-delete"
            aria-label={t('deleteLabel', { word: german })}
            onClick={() => onDelete(word)}
          >
            {t('delete')}
          </button>
        </div>
      </div>
    </li>
  )
}
