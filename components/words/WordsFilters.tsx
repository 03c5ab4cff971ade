'use client'

import type { StoredStatus, WordRecord } from '@/lib/learning/types'
import {
  sourceTexts,
  statusFilters,
  wordSorts,
  type StatusFilter,
  type WordFilter,
  type WordSort,
} from '@/lib/learning/wordList'
import type { WordsStrings } from './WordsLabels'

interface WordsFiltersProps {
  words: readonly WordRecord[]
  filter: WordFilter
  sort: WordSort
  labels: WordsStrings
  statusNames: Record<StoredStatus, string>
  onFilter: (filter: WordFilter) => void
  onSort: (sort: WordSort) => void
}

const sortLabel = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  german: 'sortGerman',
  review: 'sortReview',
} as const satisfies Record<WordSort, keyof WordsStrings>

/** Search, the text and status filters and the sort order of the word list. */
export function WordsFilters({
  words,
  filter,
  sort,
  labels,
  statusNames,
  onFilter,
  onSort,
}: WordsFiltersProps) {
  const statusLabel = (status: StatusFilter) =>
    status === 'active'
      ? labels.statusActive
      : status === 'all'
        ? labels.statusAll
        : statusNames[status]
  return (
    <section className="words-filters" aria-labelledby="words-filters-heading">
      <h2 id="words-filters-heading" className="visually-hidden">
        {labels.filtersHeading}
      </h2>
      <label className="words-search">
        <span>{labels.search}</span>
        <input
          type="search"
          value={filter.query}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
      </label>
      <label>
        <span>{labels.text}</span>
        <select
          value={filter.text}
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        >
          <option value="">{labels.allTexts}</option>
          {sourceTexts(words).map((source) => (
            <option key={source.slug} value={source.slug} lang="de">
              {source.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{labels.status}</span>
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
        <span>{labels.sort}</span>
        <select
          value={sort}
          onChange={(event) =>
            onSort(wordSorts.find((value) => value === event.target.value) ?? 'newest')
          }
        >
          {wordSorts.map((value) => (
            <option key={value} value={value}>
              {labels[sortLabel[value]]}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
