// The book figures of `npm run bench`: a book of at least 200,000 words imported, opened and
// read, against the `book` budgets. The book is real public-domain German text from the
// repository (Goethe's Werther, book one, and the real-text evaluation set), in chapters of
// about 4,000 words, repeated until it is long enough: the import, the lookups and the
// analysis do the full work on every chapter, though the book has only the distinct words of
// those texts (about 6,000 forms, where a novel of this length has some 25,000).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describeLongTasks, longTaskParts } from './traceTasks.mjs'

const ROOT = new URL('../../', import.meta.url)
const WERTHER = 'tests/eval/alignment/paragraphs/werther-book1.de.txt'
const REAL = 'tests/eval/real/'
const CHAPTER_WORDS = 4_000
/** Chapters opened from the table of contents, spread across the book. */
const CHAPTERS_OPENED = 5
const HOVERS = 60
const IMPORT_TIMEOUT_MS = 180_000
/**
 * What a `BENCH_TRACE` trace records: tasks, their events and scripts, V8's own work; with
 * `BENCH_TRACE_CPU=1` also V8's sampling profiler, so that the trace opened in DevTools shows
 * the functions a task ran (its start is a long task of its own, and the first chapter's click
 * falls into it).
 */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
  ...(process.env.BENCH_TRACE_CPU ? ['disabled-by-default-v8.cpu_profiler'] : []),
]

const countWords = (text) => text.split(/\s+/u).filter((word) => /\p{L}|\p{N}/u.test(word)).length
const paragraphsOf = (text) =>
  text
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)

/** The test book as Markdown: `## Kapitel n` before each chapter. */
export function benchBook(words) {
  const source = [
    ...paragraphsOf(readFileSync(new URL(WERTHER, ROOT), 'utf8')),
    ...readdirSync(new URL(REAL, ROOT))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .flatMap((name) => paragraphsOf(readFileSync(new URL(`${REAL}${name}`, ROOT), 'utf8'))),
  ]
  const chapters = []
  let chapter = []
  let chapterWords = 0
  let total = 0
  while (total < words) {
    for (const paragraph of source) {
      chapter.push(paragraph)
      chapterWords += countWords(paragraph)
      total += countWords(paragraph)
      if (chapterWords >= CHAPTER_WORDS || total >= words) {
        chapters.push(chapter)
        chapter = []
        chapterWords = 0
      }
      if (total >= words) break
    }
  }
  const text = chapters
    .map((paragraphs, i) => `## Kapitel ${i + 1}\n\n${paragraphs.join('\n\n')}`)
    .join('\n\n')
  return { text, words: total, chapters: chapters.length }
}

/** What this browser profile stores, in bytes, as the browser reports it. */
const usage = (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)

/** The sizes of a book's records as stored: chapters' text and the lookups kept with it. */
const storedSizes = (page, id) =>
  page.evaluate(
    (book) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('zweiklang')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['chapters', 'bookLookups'])
          const chapters = tx.objectStore('chapters').index('book').getAll(book)
          const lookups = tx.objectStore('bookLookups').get(book)
          tx.oncomplete = () => {
            db.close()
            resolve({
              chapters: JSON.stringify(chapters.result).length,
              lookups: (lookups.result?.lookups ?? []).reduce((sum, part) => sum + part.length, 0),
            })
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    id,
  )

/**
 * The longest task since the last clear; `BENCH_TASKS=1` also lists every long task (start
 * and duration, ms), to find where one comes from.
 */
async function longestTask(page) {
  const tasks = await page.evaluate(() => window.__zk.longTasks)
  if (process.env.BENCH_TASKS)
    console.log(
      tasks.map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`).join(' '),
    )
  return Math.max(0, ...tasks.map((task) => task.duration))
}
const clearLongTasks = (page) => page.evaluate(() => (window.__zk.longTasks = []))

/**
 * Chooses chapter `index` from the table of contents; resolves with the time to the frame
 * that shows its text, and to the first word with its popup's data.
 */
const openChapter = (page, index) =>
  page.evaluate(
    (at) =>
      new Promise((resolve) => {
        const details = document.querySelector('.book-contents')
        details.open = true
        const start = performance.now()
        document.querySelectorAll('.book-contents button')[at].click()
        const figures = { chosenAt: start }
        const line = `Chapter ${at + 1} of`
        const frame = () => {
          const shown =
            document.querySelector('.book-chapter-line')?.textContent.includes(line) &&
            document.querySelector('.block.de[data-pair="2"]')
          if (shown && figures.painted === undefined) figures.painted = performance.now() - start
          if (shown && document.querySelector('.w[data-e]')) {
            figures.popups = performance.now() - start
            return resolve(figures)
          }
          if (performance.now() - start > 30_000) return resolve(figures)
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    index,
  )

/**
 * Scrolls a chapter to its end, page of blocks by page, as a reader does; resolves with the
 * page's time when its last block was shown.
 */
async function readToChapterEnd(page) {
  const more = page.locator('.book-more button')
  while ((await more.count()) > 0) {
    const shown = await page.locator('.block.de[data-pair]').count()
    await more.evaluate((button) => button.scrollIntoView()).catch(() => {})
    await page.waitForFunction(
      (count) => document.querySelectorAll('.block.de[data-pair]').length !== count,
      shown,
    )
  }
  return page.evaluate(() => {
    window.scrollTo({ top: document.body.scrollHeight })
    return performance.now()
  })
}

/** The main thread's JS heap after a garbage collection, in MB. */
async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

export async function measureBook({ context, origin, budgets, report, stats, hoverLatency }) {
  const b = budgets.book
  const book = benchBook(b.words)
  console.log(
    `\nBook: ${book.words} words in ${book.chapters} chapters (Werther book one and the real-text set, repeated)`,
  )

  const page = await context.newPage()
  await page.goto(`${origin}/en/import`, { waitUntil: 'networkidle' })
  const before = await usage(page)
  const folder = mkdtempSync(path.join(tmpdir(), 'zk-book-'))
  const file = path.join(folder, 'werther-200k.md')
  writeFileSync(file, book.text)
  await clearLongTasks(page)
  // `BENCH_TRACE=file`: the import is traced too, into `file` with `-import` before its end.
  const trace = process.env.BENCH_TRACE
  if (trace)
    await context.browser().startTracing(page, {
      path: trace.replace(/(\.json)?$/u, '-import$1'),
      categories: TRACE_CATEGORIES,
    })
  const start = Date.now()
  // From a file on disk: a buffer would be decoded from base64 in the page, a long task of
  // Playwright's own.
  await page.getByLabel('Upload a .txt, .md or .epub file (German)').setInputFiles(file)
  await page.getByRole('progressbar', { name: 'Chapters read' }).waitFor()
  await page.getByRole('progressbar', { name: 'Words looked up' }).waitFor()
  const saved = page.getByText(/is saved: [\d,]+ chapters\./u)
  await saved.waitFor({ timeout: IMPORT_TIMEOUT_MS })
  report('import (progress shown)', Date.now() - start, 'ms', b.importMs)
  rmSync(folder, { recursive: true })
  if (trace) {
    const events = JSON.parse(String(await context.browser().stopTracing()))
    console.log(`Long tasks while importing:\n${describeLongTasks(longTaskParts(events))}`)
  }
  report('longest task while importing', await longestTask(page), 'ms', b.longTaskMs)
  const href = await page.getByRole('link', { name: 'Read the book' }).getAttribute('href')
  const id = href.split('/').at(-1)
  const sizes = await storedSizes(page, id)
  report('storage used by the book (estimate)', ((await usage(page)) - before) / 1e6, 'MB')
  report('  its chapters, as stored', sizes.chapters / 1e6, 'MB')
  report('  its lookups, as stored', sizes.lookups / 1e6, 'MB')
  await page.close()

  const reader = await context.newPage()
  await reader.goto(`${origin}${href}`, { waitUntil: 'networkidle' })
  await reader.locator('.w[data-e]').first().waitFor({ timeout: 60_000 })
  const painted = []
  const popups = []
  // A Chromium trace of the reading and hovering, and where each long task's time went.
  if (trace)
    await context.browser().startTracing(reader, { path: trace, categories: TRACE_CATEGORIES })
  // After the trace's start, which is a long task of its own.
  await clearLongTasks(reader)
  for (let i = 1; i <= CHAPTERS_OPENED; i++) {
    const index = Math.floor((i * (book.chapters - 1)) / CHAPTERS_OPENED)
    const figures = await openChapter(reader, index)
    painted.push(figures.painted ?? Number.NaN)
    popups.push(figures.popups ?? Number.NaN)
    const endAt = await readToChapterEnd(reader)
    // With the long tasks' starts, these say which step of reading a task belongs to.
    if (process.env.BENCH_TASKS)
      console.log(
        `chapter ${index + 1}: chosen ${Math.round(figures.chosenAt)}, text ${Math.round(figures.chosenAt + figures.painted)}, ` +
          `popups ${Math.round(figures.chosenAt + figures.popups)}, read to its end ${Math.round(endAt)}`,
      )
  }
  report('chapter chosen → text painted, worst', Math.max(...painted), 'ms', b.chapterPaintMs)
  report('chapter chosen → words with popups, worst', Math.max(...popups), 'ms')
  report('longest task while reading', await longestTask(reader), 'ms', b.longTaskMs)
  await reader.evaluate(() => window.scrollTo({ top: 0 }))
  const hover = await hoverLatency(reader, HOVERS)
  if (trace) {
    const events = JSON.parse(String(await context.browser().stopTracing()))
    console.log(
      `Long tasks while reading and hovering:\n${describeLongTasks(longTaskParts(events))}`,
    )
  }
  stats('book: hover → popup', hover.samples, budgets.reader.popupMs)
  report('book: longest task while hovering', hover.longest, 'ms', b.longTaskMs)
  report('JS heap with the book open', await heapMb(reader), 'MB', b.heapMb)
  // The book opened again where it was left: its chapter's reading is kept in IndexedDB.
  const reopen = async () => {
    const start = Date.now()
    await reader.reload()
    await reader.locator('.w[data-e]').first().waitFor({ timeout: 60_000 })
    return Date.now() - start
  }
  report('book reopened → words with popups', await reopen(), 'ms')
  // The same with the kept readings deleted: the chapter is analysed again, as it always was.
  await reader.evaluate(() => void indexedDB.deleteDatabase('zweiklang-readings'))
  report('  the same, its reading not kept', await reopen(), 'ms')
  await reader.close()
}
