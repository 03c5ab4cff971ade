'use client'

import { useId, useState } from 'react'
import { useT } from '@/i18n/client'
import { repeatedChoices } from '@/lib/books/translation'

interface ChapterPairingFormProps {
  /** The German chapters' titles, in order. */
  german: readonly string[]
  /** The English chapters' titles, in order. */
  english: readonly string[]
  /** The aligner's pairing: the English chapter for each German one, or null. */
  initial: readonly (number | null)[]
  /** German chapters whose proposed English the aligner is unsure of. */
  unsure: readonly number[]
  onPair: (choices: (number | null)[]) => void
  onCancel: () => void
}

const NONE = 'none'

/**
 * The pairing step: each German chapter with a choice of the English chapter that translates
 * it, or none, as the aligner proposed them. The reader corrects what is wrong.
 */
export function ChapterPairingForm({
  german,
  english,
  initial,
  unsure,
  onPair,
  onCancel,
}: ChapterPairingFormProps) {
  const { t } = useT('books', { keyPrefix: 'translation' })
  const [choices, setChoices] = useState<(number | null)[]>([...initial])
  const [problem, setProblem] = useState('')
  const problemId = useId()
  const repeated = repeatedChoices(choices)
  const untitled = (number: number) => t('untitled', { number })

  function submit(event: React.FormEvent) {
    event.preventDefault()
    if (choices.every((choice) => choice === null)) return setProblem(t('noneChosen'))
    onPair(choices)
  }

  return (
    <form className="book-pairing" onSubmit={submit} aria-labelledby="book-pairing-heading">
      <h3 id="book-pairing-heading">{t('pairingHeading')}</h3>
      <p>{t('pairingIntro')}</p>
      <ol className="book-pairing-list">
        {german.map((title, index) => {
          const id = `book-pairing-${index}`
          return (
            <li key={index}>
              <label htmlFor={id}>
                {t('chapterLabel', { number: index + 1 })}{' '}
                <span lang="de">{title || untitled(index + 1)}</span>
              </label>
              <select
                id={id}
                aria-describedby={
                  unsure.includes(index) && choices[index] === initial[index]
                    ? `${id}-unsure`
                    : undefined
                }
                value={choices[index] ?? NONE}
                onChange={(event) => {
                  const value = event.target.value
                  setProblem('')
                  setChoices((current) =>
                    current.map((choice, i) =>
                      i === index ? (value === NONE ? null : Number(value)) : choice,
                    ),
                  )
                }}
              >
                <option value={NONE}>{t('none')}</option>
                {english.map((englishTitle, j) => (
                  <option key={j} value={j} lang="en">
                    {t('option', { number: j + 1, title: englishTitle || untitled(j + 1) })}
                  </option>
                ))}
              </select>
              {unsure.includes(index) && choices[index] === initial[index] && (
                <span id={`${id}-unsure`} className="book-pairing-unsure">
                  {' '}
                  {t('unsure')}
                </span>
              )}
            </li>
          )
        })}
      </ol>
      <p role="status">
        {repeated.length > 0 &&
          t('repeated', {
            count: repeated.length,
            list: repeated.map((j) => j + 1).join(', '),
          })}
      </p>
      <p>
        <button
          type="submit"
          className="import-submit"
          aria-describedby={problem ? problemId : undefined}
        >
          {t('pairParagraphs')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
      {problem && (
        <p id={problemId} role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
