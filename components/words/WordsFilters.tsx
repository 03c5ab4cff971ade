'use client'

import type { WordRecord } from '@/lib/learning/types'
import {
  sourceTexts,
  statusFilters,
  wordSorts,
  type StatusFilter,
  type WordFilter,
  type WordSort,
} from '@/lib/learning/wordList'
import { useT } from '@/i18n/client'
import type words from '@/locales/en/words.json'

interface WordsFiltersProps {
  words: readonly WordRecord[]
  filter: WordFilter
  sort: WordSort
  onFilter: (filter: WordFilter) => void
  onSort: (sort: WordSort) => void
}

const sortLabel = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  german: 'sortGerman',
  review: 'sortReview',
} as const satisfies Record<WordSort, keyof typeof words>

/** Search, the text and status filters and the sort order of the word list. */
export function WordsFilters({ words, filter, sort, onFilter, onSort }: WordsFiltersProps) {
  const { t } = useT('words')
  const { t: learningT } = useT('learning')
  const statusLabel = (status: StatusFilter) =>
    status === 'active'
      ? t('statusActive')
      : status === 'all'
        ? t('statusAll')
        : learningT(`status.${status}`)
  return (
    <section className="words-filters" aria-labelledby="words-filters-heading">
      <h2 id="words-filters-heading" className="visually-hidden">
        {t('filtersHeading')}
      </h2>
      <label className="words-search">
        <span>{t('search')}</span>
        <input
          type="search"
          value={filter.query}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
      </label>
      <label>
        <span>{t('text')}</span>
        <select
          value={filter.text}
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        >
          <option value="">{t('allTexts')}</option>
          {sourceTexts(words).map((source) => (
            <option key={source.slug} value={source.slug} lang="de">
              {source.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('status')}</span>
        <select
          value={filter.status}
          onChange={(event) =>
            onFilter({
              ...filter,
              status: statusFilters.find((status) => status === event.target.value) ?? 'active',
            })
          }
        >
          {statusFilters.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('sort')}</span>
        <select
          value={sort}
          onChange={(event) =>
            onSort(wordSorts.find((value) => value === event.target.value) ?? 'newest')
          }
        >
          {wordSorts.map((value) => (
            <option key={value} value={value}>
              {t(sortLabel[value])}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
