import { checkGerman, declaresGerman, type LanguageCheck } from '@/lib/text/language'
import { countWords } from '@/lib/text/tokenize'
import { BookError } from './bookError'
import { readEpub } from './epub'
import { MAX_SHARED_BOOK_BYTES, MAX_TEXT_BOOK_BYTES } from './limits'
import { readSharedBook, type ChapterEnglish } from './sharedBook'
import { isSharedBookHead, SHARED_FORMAT_HEAD_BYTES } from './sharedBookFormat'
import { readTextBook } from './textBook'
import type { ParsedBook } from './types'

export interface BookFile {
  name: string
  bytes: Uint8Array
}

export interface ReadBook {
  book: ParsedBook
  /** Whether the book reads as German: what it declares, and its function words. */
  language: { declared?: boolean; check: LanguageCheck; german: boolean }
  /** A shared book's corrections, kept with it. */
  corrections?: Record<string, string>
  /** A shared book's English, chapter by chapter, with whose it is. */
  english?: ChapterEnglish[]
}

const ZIP_MAGIC = 0x04034b50
const isZip = (bytes: Uint8Array) =>
  bytes.byteLength >= 4 &&
  new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === ZIP_MAGIC

/**
 * Text in UTF-8, or in Windows-1252 when it is not valid UTF-8 (plain-text books from older
 * sources often are).
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Slices of text taken across a book for the language check, and their length. */
const SAMPLE_SLICES = 5
const SAMPLE_SLICE_CHARACTERS = 4_000

/**
 * Text from across the book, not only its start: a title page, a licence or a foreword may be
 * in another language than the story.
 */
function sampleOf(book: ParsedBook): string {
  const text = book.chapters
    .flatMap((chapter) => chapter.blocks.map((block) => block.text))
    .join('\n')
  const step = Math.max(SAMPLE_SLICE_CHARACTERS, Math.floor(text.length / SAMPLE_SLICES))
  const slices: string[] = []
  for (let at = 0; at < text.length && slices.length < SAMPLE_SLICES; at += step)
    slices.push(text.slice(at, at + SAMPLE_SLICE_CHARACTERS))
  return slices.join('\n')
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/u, '') || name

/**
 * Reads a book file: an EPUB (by its zip signature, whatever its name), a shared book (by its
 * JSON's format) or a plain-text or Markdown book, and says whether it is German. A book that is not German is still
 * returned: the reader may go on.
 */
export function readBook(
  file: BookFile,
  onProgress?: (done: number, total: number) => void,
): ReadBook {
  const epub = isZip(file.bytes) || /\.epub$/iu.test(file.name)
  const head = new TextDecoder().decode(file.bytes.subarray(0, SHARED_FORMAT_HEAD_BYTES))
  const shared = !epub && isSharedBookHead(head)
  const limit = shared ? MAX_SHARED_BOOK_BYTES : MAX_TEXT_BOOK_BYTES
  if (!epub && file.bytes.byteLength > limit)
    throw new BookError('tooLarge', { reason: `${file.bytes.byteLength} bytes` })
  const { book, corrections, english } = epub
    ? { book: readEpub(file.bytes, onProgress) }
    : shared
      ? readSharedBook(decodeText(file.bytes))
      : { book: readTextBook(decodeText(file.bytes), withoutExtension(file.name)) }
  // A text book is split in one pass: its progress is all at once.
  if (!epub) onProgress?.(book.chapters.length, book.chapters.length)
  const check = checkGerman(sampleOf(book))
  const declared = declaresGerman(book.declaredLanguage)
  // The words decide over a wrong declaration (many books say "en" by a tool's default).
  // Counted here, in the worker: a long book's words take the page's thread a second.
  for (const chapter of book.chapters)
    chapter.words = chapter.blocks.reduce((sum, block) => sum + countWords(block.text), 0)
  return {
    book,
    language: { declared, check, german: check.german },
    ...(corrections ? { corrections } : {}),
    ...(english?.length ? { english } : {}),
  }
}
