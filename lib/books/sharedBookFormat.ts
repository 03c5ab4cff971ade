/** The `format` of a shared book file (`*.zweiklang-book.json`). */
export const SHARED_BOOK_FORMAT = 'zweiklang-book'

/** The start of a file is enough to tell a shared book from a shared text: its format comes first. */
export const SHARED_FORMAT_HEAD_BYTES = 512

/** Whether a file's first bytes, as text, are those of a shared book. */
export const isSharedBookHead = (head: string) =>
  new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${SHARED_BOOK_FORMAT}"`, 'u').test(head)
