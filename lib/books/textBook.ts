import { splitImportBlocks } from '@/lib/import/blocks'
import { ImportError, stripInvisible } from '@/lib/import/clean'
import { BookError } from './bookError'
import type { BookChapter, ParsedBook } from './types'

/** A line with only a form feed: where a page, and so a chapter, ends in plain-text books. */
const PAGE_BREAK = /^[ \t]*\f[ \t\f]*$/u
/** `# Title` or `## Title`: deeper headings stay inside their chapter. */
const MARKDOWN_CHAPTER = /^#{1,2}[ \t]+(\S.*)$/u
const ORDINAL =
  '(?:erstes|zweites|drittes|viertes|fünftes|sechstes|siebentes|siebtes|achtes|neuntes|zehntes|elftes|zwölftes)'
const NUMBER = '(?:\\d{1,3}|[IVXLC]{1,8})'
/** "Kapitel 3", "Kapitel III: Die Reise", "3. Kapitel", "Erstes Kapitel", "III.", "12". */
const CHAPTER_LINE = new RegExp(
  `^(?:(?:kapitel|capitel|teil|buch|abschnitt)[ \\t]+${NUMBER}\\b.*` +
    `|${NUMBER}\\.?[ \\t]+(?:kapitel|capitel|teil|buch)\\b.*` +
    `|${ORDINAL}[ \\t]+(?:kapitel|capitel|teil|buch)\\b.*` +
    `|[IVXLC]{1,8}\\.?|\\d{1,3}\\.)$`,
  'iu',
)
/** A chapter line is a short line of its own, not the start of a sentence. */
const MAX_CHAPTER_LINE = 80

/** Project Gutenberg's English header and licence around the book itself. */
const GUTENBERG_START = /^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n]*$/imu
const GUTENBERG_END = /^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n]*$/imu

/** The book between Project Gutenberg's start and end lines, when it has them. */
function withoutGutenbergFrame(text: string): string {
  const start = GUTENBERG_START.exec(text)
  if (!start) return text
  const from = start.index + start[0].length
  const end = GUTENBERG_END.exec(text.slice(from))
  return text.slice(from, end ? from + end.index : undefined)
}

interface Section {
  title: string
  lines: string[]
}

function isChapterLine(lines: string[], at: number): string | undefined {
  const line = lines[at]!.trim()
  const markdown = MARKDOWN_CHAPTER.exec(line)
  if (markdown) return markdown[1]!.trim()
  const alone = (lines[at - 1] ?? '').trim() === '' && (lines[at + 1] ?? '').trim() === ''
  if (alone && line.length <= MAX_CHAPTER_LINE && CHAPTER_LINE.test(line)) return line
  return undefined
}

/**
 * Reads a plain-text or Markdown book into chapters: a chapter starts at a `#`/`##` heading,
 * a line of its own such as "Kapitel 3", "Erstes Kapitel" or "III.", or after a page break
 * (form feed). A text with none of these is one chapter, shown in pages by the reader.
 */
export function readTextBook(raw: string, fallbackTitle: string): ParsedBook {
  const lines = withoutGutenbergFrame(raw.replace(/\r\n?/gu, '\n')).split('\n')
  const sections: Section[] = [{ title: '', lines: [] }]
  lines.forEach((line, at) => {
    if (PAGE_BREAK.test(line)) {
      sections.push({ title: '', lines: [] })
      return
    }
    const title = isChapterLine(lines, at)
    if (title !== undefined) {
      sections.push({ title, lines: [`# ${title}`] })
      return
    }
    sections[sections.length - 1]!.lines.push(line)
  })

  let removed = 0
  const chapters: BookChapter[] = []
  for (const section of sections) {
    let text: string
    try {
      const cleaned = stripInvisible(section.lines.join('\n'))
      text = cleaned.text
      removed += cleaned.removed.zeroWidth + cleaned.removed.bidi + cleaned.removed.control
    } catch (error) {
      if (error instanceof ImportError) throw new BookError('notText', { reason: error.problem })
      throw error
    }
    const blocks = splitImportBlocks(text)
    if (blocks.length === 0) continue
    // Text before the first chapter line (a title page, a preface) is a chapter of its own,
    // named by its first line when that is short enough to be a title.
    const opening = blocks[0]!.text
    chapters.push({
      title: section.title || (opening.length <= MAX_CHAPTER_LINE ? opening : ''),
      blocks,
    })
  }
  if (chapters.length === 0) throw new BookError('empty')
  // A title page's first line is the book's title.
  const hasTitlePage = sections[0]!.lines.some((line) => line.trim() !== '')
  const titlePage = hasTitlePage ? chapters[0]!.title : ''
  return {
    title: titlePage || fallbackTitle,
    chapters,
    dropped: { images: 0, styles: 0, scripts: 0 },
    removedCharacters: removed,
  }
}
