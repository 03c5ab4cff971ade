// Lookup requests as readers' browsers make them, drawn from the real German texts in the
// repository: for `npm run load` (scripts/lookup-urls.ts) and the lookup route's tests.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isLookupWord, lookupBatches } from '../../lib/analysis/lookup'
import { tokenize } from '../../lib/text/tokenize'

/** Distinct words per sampled request: about what a 1,000-word text asks in one. */
export const SAMPLE_WORDS = 400
/** Words the window moves on by from one sample to the next. */
const STRIDE = 5

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/u

/** The German texts: the evaluation texts, Werther's first book and the curated articles. */
export function realTexts(root = process.cwd()): string[] {
  const inFolder = (folder: string, keep: (name: string) => boolean) =>
    readdirSync(path.join(root, folder))
      .filter(keep)
      .sort()
      .map((name) => readFileSync(path.join(root, folder, name), 'utf8'))
  return [
    ...inFolder('tests/eval/real', (name) => name.endsWith('.txt')),
    ...inFolder('tests/eval/texts', (name) => name.endsWith('.txt')),
    ...inFolder('tests/eval/alignment/paragraphs', (name) => name.endsWith('.de.txt')),
    ...readdirSync(path.join(root, 'content'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((slug) =>
        readFileSync(path.join(root, 'content', slug, 'de.md'), 'utf8').replace(FRONT_MATTER, ''),
      ),
  ]
}

/**
 * `count` distinct requests of SAMPLE_WORDS words each: a window slides over the texts'
 * words, tokenised as the browser does, and each window asks as lookupBatches asks (sorted,
 * with its particles). No two requests are the same.
 */
export function sampleLookups(texts: readonly string[], count: number): string[][] {
  const words = texts.flatMap((text) =>
    tokenize(text)
      .filter((token) => token.kind === 'word')
      .map((token) => token.text),
  )
  const samples: string[][] = []
  const seen = new Set<string>()
  for (let start = 0; samples.length < count && start < words.length; start += STRIDE) {
    const window = new Set<string>()
    for (let i = start; i < words.length && window.size < SAMPLE_WORDS; i++) {
      if (isLookupWord(words[i]!)) window.add(words[i]!)
    }
    if (window.size < SAMPLE_WORDS) break
    const [batch] = lookupBatches(window)
    const id = batch!.join(',')
    if (!seen.has(id)) samples.push(batch!)
    seen.add(id)
  }
  if (samples.length < count)
    throw new Error(`the texts give ${samples.length} distinct requests, not ${count}`)
  return samples
}
