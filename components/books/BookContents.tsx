'use client'

import { useT } from '@/i18n/client'
import type { ChapterSummary } from '@/lib/books/records'

interface BookContentsProps {
  chapters: ChapterSummary[]
  current: number
  onChoose: (index: number) => void
}

/** The table of contents: every chapter, the one shown marked as current. */
export function BookContents({ chapters, current, onChoose }: BookContentsProps) {
  const { t } = useT('books', { keyPrefix: 'reader' })
  return (
    <details className="book-contents">
      <summary>{t('contents')}</summary>
      <nav aria-label={t('contents')}>
        <ol>
          {chapters.map((chapter, index) => (
            <li key={index}>
              <button
                type="button"
                lang="de"
                aria-current={index === current ? 'true' : undefined}
                onClick={() => onChoose(index)}
              >
                {chapter.title || t('untitled', { chapter: index + 1 })}
              </button>
              {chapter.translation && (
                <span className="book-contents-english">
                  {' '}
                  {chapter.translation.doubtful > 0
                    ? t('englishDoubtful', { count: chapter.translation.doubtful })
                    : t('english')}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </details>
  )
}
