/** A content file is malformed. The message names the file and, where there is one, the block. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly block?: number,
  ) {
    super(`${file}: ${block === undefined ? '' : `block ${block} `}${detail}`)
    this.name = 'ContentError'
  }
}
