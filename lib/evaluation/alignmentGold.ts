import { createHash } from 'node:crypto'
import { z } from 'zod'

// The hand-checked alignment gold of issue 17 (tests/eval/alignment, conventions in its
// CONVENTIONS.md): sentence links inside block pairs, and paragraph pairs of a book and its
// published translation. Pure functions: the caller reads the files and passes their text.

/** The most sentences (or paragraphs) one side of a link may hold. */
export const MAX_LINK_SIDE = 5

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an id is lowercase words joined by -')
const index = z.number().int().nonnegative()

const sentenceSchema = z.strictObject({
  block: index,
  start: index,
  end: index,
  text: z.string().min(1),
})

const sideSchema = z.strictObject({
  blocks: z.array(z.string()),
  sentences: z.array(sentenceSchema),
})

const linkSchema = z.strictObject({
  de: z.array(index).max(MAX_LINK_SIDE),
  en: z.array(index).max(MAX_LINK_SIDE),
})

const pairSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['heading', 'paragraph', 'note']),
  /** For a published text: which paragraphs of the source files the blocks are. */
  paragraphs: z.strictObject({ de: z.array(index), en: z.array(index) }).optional(),
  de: sideSchema,
  en: sideSchema,
  links: z.array(linkSchema).min(1),
})

export const sentenceGoldSchema = z.strictObject({
  id,
  title: z.string().min(1),
  /** curated: a text of content/ (blocks paired one to one); published: a book and its translation. */
  origin: z.enum(['curated', 'published']),
  source: z.strictObject({ de: z.string().min(1), en: z.string().min(1) }),
  pairs: z.array(pairSchema).min(1),
})

export type SentenceGold = z.infer<typeof sentenceGoldSchema>
export type SentencePair = SentenceGold['pairs'][number]
export type GoldSentence = SentencePair['de']['sentences'][number]
export type SentenceLink = SentencePair['links'][number]

const paragraphSchema = z.strictObject({ index, text: z.string().min(1) })

const paragraphSideSchema = z.strictObject({
  /** The raw source file, next to the gold file. */
  file: z.string().min(1),
  /** The first and last paragraph of the file the gold covers (paragraphs as splitParagraphs cuts them). */
  from: index,
  to: index,
  paragraphs: z.array(paragraphSchema).min(1),
})

export const paragraphGoldSchema = z.strictObject({
  id,
  title: z.string().min(1),
  de: paragraphSideSchema,
  en: paragraphSideSchema,
  pairs: z
    .array(
      z.strictObject({
        de: z.array(index).max(MAX_LINK_SIDE),
        en: z.array(index).max(MAX_LINK_SIDE),
      }),
    )
    .min(1),
})

export type ParagraphGold = z.infer<typeof paragraphGoldSchema>
export type ParagraphPair = ParagraphGold['pairs'][number]

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

/** Validates a parsed sentence gold file; the error names the file and the place. */
export function parseSentenceGold(json: unknown, file: string): SentenceGold {
  const result = sentenceGoldSchema.safeParse(json)
  if (!result.success) throw new Error(`${file}: ${describe(result.error)}`)
  return result.data
}

/** Validates a parsed paragraph gold file; the error names the file and the place. */
export function parseParagraphGold(json: unknown, file: string): ParagraphGold {
  const result = paragraphGoldSchema.safeParse(json)
  if (!result.success) throw new Error(`${file}: ${describe(result.error)}`)
  return result.data
}

/** A link's type, German side first: "1-1", "2-1", "1-0", "0-1" … */
export function linkType(link: { de: readonly number[]; en: readonly number[] }): string {
  return `${link.de.length}-${link.en.length}`
}

/**
 * The paragraphs of a plain-text file as the gold counts them: line endings normalised, cut at
 * blank lines, each trimmed, the lines of a paragraph joined with one space; empty ones dropped.
 */
export function splitParagraphs(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => chunk.replace(/[ \t]*\n[ \t]*/g, ' '))
}

/** Text between two sentences (or around them) may only be white space and dashes. */
const GAP = /^[\s—–]*$/u

function sideProblems(side: SentencePair['de'], where: string): string[] {
  const problems: string[] = []
  side.sentences.forEach((sentence, i) => {
    const at = `${where} sentence ${i}`
    const block = side.blocks[sentence.block]
    if (block === undefined) {
      problems.push(`${at}: block ${sentence.block} does not exist`)
      return
    }
    if (sentence.end <= sentence.start || sentence.end > block.length) {
      problems.push(`${at}: offsets ${sentence.start}–${sentence.end} are outside its block`)
      return
    }
    if (block.slice(sentence.start, sentence.end) !== sentence.text) {
      problems.push(`${at}: its text is not the block's text at ${sentence.start}–${sentence.end}`)
    }
    if (sentence.text !== sentence.text.trim()) {
      problems.push(`${at}: starts or ends with white space`)
    }
  })
  // Every block is covered by its sentences in order, with only white space and dashes between.
  side.blocks.forEach((block, b) => {
    const inBlock = side.sentences.filter((sentence) => sentence.block === b)
    if (block.trim() !== '' && inBlock.length === 0) {
      problems.push(`${where} block ${b}: has no sentences`)
      return
    }
    let last = 0
    for (const sentence of inBlock) {
      if (sentence.start < last) {
        problems.push(
          `${where} block ${b}: sentences overlap or are out of order at ${sentence.start}`,
        )
      } else if (!GAP.test(block.slice(last, sentence.start))) {
        problems.push(
          `${where} block ${b}: text between sentences at ${last}–${sentence.start} is left out`,
        )
      }
      last = Math.max(last, sentence.end)
    }
    if (!GAP.test(block.slice(last))) {
      problems.push(`${where} block ${b}: text after the last sentence is left out`)
    }
  })
  for (let i = 1; i < side.sentences.length; i++) {
    const before = side.sentences[i - 1]
    const sentence = side.sentences[i]
    if (before && sentence && sentence.block < before.block) {
      problems.push(`${where} sentence ${i}: its block comes before the previous sentence's`)
    }
  }
  return problems
}

/** Checks that each index in 0..count-1 is used exactly once, in order, by the links. */
function coverageProblems(
  used: readonly number[],
  count: number,
  where: string,
  what: string,
): string[] {
  const problems: string[] = []
  for (const i of used) {
    if (i >= count) problems.push(`${where}: ${what} ${i} is out of range (${count} in all)`)
  }
  const seen = new Set<number>()
  for (const i of used) {
    if (seen.has(i)) problems.push(`${where}: ${what} ${i} is linked more than once`)
    seen.add(i)
  }
  for (let i = 0; i < count; i++) {
    if (!seen.has(i)) problems.push(`${where}: ${what} ${i} is in no link`)
  }
  for (let k = 1; k < used.length; k++) {
    const before = used[k - 1]
    const current = used[k]
    if (before !== undefined && current !== undefined && current <= before) {
      problems.push(`${where}: ${what}s are not linked in order (${before} then ${current})`)
      break
    }
  }
  return problems
}

/**
 * Everything wrong with a sentence gold file: offsets that do not match the text, text left
 * out between sentences, sentences in no link or in two, links out of range, out of order or
 * empty on both sides.
 */
export function sentenceGoldProblems(gold: SentenceGold): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  gold.pairs.forEach((pair, p) => {
    const where = `${gold.id} pair ${p} (${pair.id})`
    if (ids.has(pair.id)) problems.push(`${where}: id used twice`)
    ids.add(pair.id)
    problems.push(...sideProblems(pair.de, `${where} de`))
    problems.push(...sideProblems(pair.en, `${where} en`))
    pair.links.forEach((link, l) => {
      if (link.de.length === 0 && link.en.length === 0) {
        problems.push(`${where} link ${l}: empty on both sides`)
      }
    })
    const de = pair.links.flatMap((link) => link.de)
    const en = pair.links.flatMap((link) => link.en)
    problems.push(
      ...coverageProblems(de, pair.de.sentences.length, `${where} links`, 'de sentence'),
    )
    problems.push(
      ...coverageProblems(en, pair.en.sentences.length, `${where} links`, 'en sentence'),
    )
    if (pair.paragraphs) {
      if (pair.paragraphs.de.length !== pair.de.blocks.length) {
        problems.push(
          `${where}: ${pair.paragraphs.de.length} de paragraphs named, ${pair.de.blocks.length} blocks`,
        )
      }
      if (pair.paragraphs.en.length !== pair.en.blocks.length) {
        problems.push(
          `${where}: ${pair.paragraphs.en.length} en paragraphs named, ${pair.en.blocks.length} blocks`,
        )
      }
    } else if (gold.origin === 'published') {
      problems.push(`${where}: a published text names the paragraphs of its blocks`)
    }
  })
  return problems
}

/**
 * Everything wrong with a paragraph gold file, given the raw text of its two source files:
 * paragraphs that are not the file's, a range not covered exactly once by the pairs, pairs out
 * of order or empty.
 */
export function paragraphGoldProblems(
  gold: ParagraphGold,
  raw: { de: string; en: string },
): string[] {
  const problems: string[] = []
  for (const lang of ['de', 'en'] as const) {
    const side = gold[lang]
    const where = `${gold.id} ${lang}`
    const file = splitParagraphs(raw[lang])
    if (side.to < side.from) problems.push(`${where}: range ${side.from}–${side.to} is empty`)
    const expected = side.to - side.from + 1
    if (side.paragraphs.length !== expected) {
      problems.push(`${where}: ${side.paragraphs.length} paragraphs, the range holds ${expected}`)
    }
    side.paragraphs.forEach((paragraph, i) => {
      if (paragraph.index !== side.from + i) {
        problems.push(
          `${where} paragraph ${i}: index ${paragraph.index}, expected ${side.from + i}`,
        )
      } else if (file[paragraph.index] !== paragraph.text) {
        problems.push(`${where} paragraph ${paragraph.index}: not the text of ${side.file} there`)
      }
    })
    const used = gold.pairs.flatMap((pair) => pair[lang])
    const inRange = used.map((i) => i - side.from)
    problems.push(
      ...coverageProblems(
        inRange,
        expected,
        `${gold.id} pairs`,
        `${lang} paragraph (from ${side.from}) `,
      ),
    )
  }
  gold.pairs.forEach((pair, p) => {
    if (pair.de.length === 0 && pair.en.length === 0) {
      problems.push(`${gold.id} pair ${p}: empty on both sides`)
    }
  })
  return problems
}

/** The paragraphs a published sentence gold's pair is made of must be the paragraph gold's. */
export function sentenceParagraphProblems(
  sentences: SentenceGold,
  paragraphs: ParagraphGold,
): string[] {
  const problems: string[] = []
  const text = {
    de: new Map(paragraphs.de.paragraphs.map((p) => [p.index, p.text])),
    en: new Map(paragraphs.en.paragraphs.map((p) => [p.index, p.text])),
  }
  const pairs = new Set(paragraphs.pairs.map((pair) => `${pair.de.join('+')}=${pair.en.join('+')}`))
  for (const pair of sentences.pairs) {
    const where = `${sentences.id} ${pair.id}`
    if (!pair.paragraphs) continue
    if (!pairs.has(`${pair.paragraphs.de.join('+')}=${pair.paragraphs.en.join('+')}`)) {
      problems.push(`${where}: its paragraphs are not a pair of ${paragraphs.id}`)
    }
    for (const lang of ['de', 'en'] as const) {
      pair.paragraphs[lang].forEach((index, b) => {
        if (text[lang].get(index) !== pair[lang].blocks[b]) {
          problems.push(`${where} ${lang} block ${b}: not paragraph ${index} of ${paragraphs.id}`)
        }
      })
    }
  }
  return problems
}

/** Counts for reports and commit messages. */
export function sentenceGoldCounts(gold: SentenceGold): {
  de: number
  en: number
  links: Record<string, number>
} {
  const links: Record<string, number> = {}
  let de = 0
  let en = 0
  for (const pair of gold.pairs) {
    de += pair.de.sentences.length
    en += pair.en.sentences.length
    for (const link of pair.links) {
      const type = linkType(link)
      links[type] = (links[type] ?? 0) + 1
    }
  }
  return { de, en, links }
}

/** SHA-256 over files' names and bytes, in name order: the freeze of the gold. */
export function alignmentGoldHash(files: readonly { name: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${file.name}\0`)
    hash.update(file.bytes)
    hash.update('\0')
  }
  return hash.digest('hex')
}
