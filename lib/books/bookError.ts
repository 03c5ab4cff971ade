/** Why a book cannot be imported; the interface says it in words, naming file and place. */
export type BookProblem =
  | 'notZip'
  | 'notText'
  | 'tooLarge'
  | 'zipBomb'
  | 'drm'
  | 'noContainer'
  | 'noPackage'
  | 'brokenXml'
  | 'noChapters'
  | 'empty'
  | 'badShare'

export interface BookProblemDetail {
  /** The file inside the book, as the zip names it. */
  file?: string
  line?: number
  column?: number
  /** The parser's or the limit's own words. */
  reason?: string
}

export class BookError extends Error {
  override name = 'BookError'
  constructor(
    readonly problem: BookProblem,
    readonly detail: BookProblemDetail = {},
  ) {
    const where = [
      detail.file,
      detail.line && `line ${detail.line}`,
      detail.column && `column ${detail.column}`,
    ]
      .filter(Boolean)
      .join(', ')
    super([problem, where, detail.reason].filter(Boolean).join(': '))
  }
}
