import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { alignBlocks, type BlockPair } from './align'
import { ContentError } from './errors'
import { parseContentFile } from './parse'
import { englishMetaSchema, germanMetaSchema, type GermanMeta } from './schema'
import { germanWordCount, readingMinutes } from './stats'

export interface TextSummary {
  slug: string
  title: { de: string; en: string }
  level: GermanMeta['level']
  source: string
  sourceUrl?: string
  date: string
  licence: string
  translation: { by: string; licence: string }
  wordCount: number
  readingMinutes: number
}

export interface Text extends TextSummary {
  pairs: BlockPair[]
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// Texts are read while pages are prerendered, never at request time: no file tracing needed.
export function contentRoot(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'content')
}

/** Every text in `content/`, by slug, sorted. A folder with an invalid name is an error. */
export function getTextSlugs(root = contentRoot()): string[] {
  const slugs = readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  for (const slug of slugs) {
    if (!SLUG.test(slug)) {
      throw new ContentError(
        `content/${slug}`,
        'is not a valid slug (lower-case letters, digits, -)',
      )
    }
  }
  return slugs
}

function readContentFile(root: string, slug: string, name: string): { file: string; raw: string } {
  const file = `content/${slug}/${name}`
  try {
    return {
      file,
      raw: readFileSync(/*turbopackIgnore: true*/ path.join(root, slug, name), 'utf8'),
    }
  } catch {
    throw new ContentError(file, 'is missing or unreadable')
  }
}

/** Reads, validates and aligns one text. Throws `ContentError` naming the file and block. */
export function loadText(slug: string, root = contentRoot()): Text {
  const deFile = readContentFile(root, slug, 'de.md')
  const enFile = readContentFile(root, slug, 'en.md')
  const de = parseContentFile(deFile.raw, deFile.file, germanMetaSchema)
  const en = parseContentFile(enFile.raw, enFile.file, englishMetaSchema)
  const pairs = alignBlocks(de.blocks, en.blocks, { de: deFile.file, en: enFile.file })
  const wordCount = germanWordCount(pairs)
  return {
    slug,
    title: { de: de.meta.title, en: en.meta.title },
    level: de.meta.level,
    source: de.meta.source,
    sourceUrl: de.meta.sourceUrl,
    date: de.meta.date,
    licence: de.meta.licence,
    translation: { by: en.meta.translator, licence: en.meta.licence },
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    pairs,
  }
}

const cache = new Map<string, Text>()

/** The text with this slug, or undefined when there is none. Parsed once per process. */
export function getText(slug: string): Text | undefined {
  if (!getTextSlugs().includes(slug)) return undefined
  let text = cache.get(slug)
  if (!text) {
    text = loadText(slug)
    cache.set(slug, text)
  }
  return text
}

/** Every text, for listing; a `Text` is used as its summary, nothing is copied. */
export function getTexts(): TextSummary[] {
  return getTextSlugs().map((slug) => getText(slug) as Text)
}
