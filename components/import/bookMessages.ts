import type { TFunction } from 'i18next'
import type { BookProblem, BookProblemDetail } from '@/lib/books/bookError'
import type { DroppedContent } from '@/lib/books/types'

/** The failure of a book import in words: the problem, then the file and place inside the book. */
export function bookFailureMessage(name: string, error: unknown, t: TFunction<'books'>): string {
  // By name, not instanceof: the error crossed from the worker as plain data.
  if (error instanceof Error && error.name === 'BookError') {
    const { problem, detail } = error as Error & {
      problem: BookProblem
      detail: BookProblemDetail
    }
    const place = [
      detail.file,
      detail.line && t('import.line', { line: detail.line }),
      detail.column && t('import.column', { column: detail.column }),
    ]
      .filter(Boolean)
      .join(', ')
    const text = [
      t(`import.problems.${problem}`),
      place && t('import.where', { place }),
      detail.reason && t('import.reason', { reason: detail.reason }),
    ]
      .filter(Boolean)
      .join(' ')
    return t('import.failed', { name, problem: text })
  }
  const reason = error instanceof Error ? error.message : String(error)
  return t('import.failed', { name, problem: t('import.problems.unknown', { reason }) })
}

/** "12 images, 1 style sheet left out", or nothing when the import kept everything. */
export function droppedMessage(dropped: DroppedContent, t: TFunction<'books'>): string | undefined {
  const parts = [
    dropped.images > 0 && t('import.images', { count: dropped.images }),
    dropped.styles > 0 && t('import.styles', { count: dropped.styles }),
    dropped.scripts > 0 && t('import.scripts', { count: dropped.scripts }),
  ].filter((part): part is string => Boolean(part))
  return parts.length > 0 ? t('import.dropped', { list: parts.join(', ') }) : undefined
}
