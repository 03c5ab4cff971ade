// Scores the lemmatiser on the frozen evaluation set (tests/eval/lemma-gold.json, texts
// written for it) and on the seed article's curated mappings, beside an identity baseline;
// then the import engine on the real-text set (tests/eval/real), beside its frozen figures.
// Usage: npm run eval:lemma [-- --misses] [-- --freeze-real "engine description"]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { getText, getTextSlugs } from '../lib/content/load'
import { getDictionary } from '../lib/dictionary/load'
import { addScores, evaluate, type GoldToken, type Score } from '../lib/dictionary/evaluate'
import { lemmatizeText } from '../lib/dictionary/lemmatize'
import { engineAdapter } from '../lib/evaluation/engineAdapter'
import { loadRealSet, REAL_DIR, realSetHash } from '../lib/evaluation/realFiles'
import { formatReport, realBaselineSchema, type RealBaseline } from '../lib/evaluation/realReport'
import { scoreSet } from '../lib/evaluation/realScore'
import { partsOfSpeech } from '../lib/vocabulary/grammar'
import { lemmaOfKey } from '../lib/vocabulary/lexicon'
import { getLexiconFromFile, loadAnnotations, analyseCuratedText } from '../lib/vocabulary/load'

const goldSchema = z.object({
  texts: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      tokens: z.array(
        z.object({
          form: z.string().min(1),
          lemma: z.string().min(1),
          pos: z.enum(partsOfSpeech),
          alt: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
})

const showMisses = process.argv.includes('--misses')
const { dictionary } = getDictionary()
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`
function report(name: string, all: Score, content: Score) {
  console.log(`\n${name}`)
  console.log('                      all tokens     content words')
  for (const [label, key] of [
    ['lemma accuracy', 'lemma'],
    ['POS accuracy', 'pos'],
    ['gloss hit', 'gloss'],
    ['identity baseline', 'identity'],
  ] as const) {
    console.log(
      `${label.padEnd(20)}  ${percent(all[key], all.tokens).padStart(8)}       ${percent(content[key], content.tokens).padStart(8)}`,
    )
  }
  console.log(
    `tokens                ${String(all.tokens).padStart(8)}       ${String(content.tokens).padStart(8)}`,
  )
}

// The frozen set.
const goldDir = path.resolve('tests/eval')
const gold = goldSchema.parse(
  JSON.parse(readFileSync(path.join(goldDir, 'lemma-gold.json'), 'utf8')),
)
const zero: Score = { tokens: 0, lemma: 0, pos: 0, gloss: 0, identity: 0 }
let all = zero
let content = zero
for (const text of gold.texts) {
  const source = readFileSync(path.join(goldDir, text.file), 'utf8')
  const result = evaluate(text.tokens, lemmatizeText(source, dictionary), dictionary)
  all = addScores(all, result.all)
  content = addScores(content, result.content)
  if (showMisses)
    for (const miss of result.misses)
      console.log(`  ${text.id}: ${miss.form} → ${miss.given}, expected ${miss.expected}`)
}
report('Evaluation set (tests/eval: texts written for it, labelled by hand)', all, content)

// The seed: the curated entry of each word, its lemma and part of speech, as gold.
const english = getLexiconFromFile('en')
let skipped = 0
let seedAll = zero
let seedContent = zero
for (const slug of getTextSlugs()) {
  const text = getText(slug)!
  const matched = analyseCuratedText(text, english, loadAnnotations(slug))
  for (const block of matched.blocks) {
    const source = block.parts.map((part) => part.text).join('')
    const analysed = lemmatizeText(source, dictionary)
    const byStart = new Map(analysed.map((word) => [word.start, word]))
    const tokens: GoldToken[] = []
    const kept: typeof analysed = []
    let offset = 0
    for (const part of block.parts) {
      const start = offset
      offset += part.text.length
      if (part.kind !== 'word' || part.entry === undefined) continue
      // The matcher and the tokenizer may cut a few words differently (D. of Franklin D.).
      const word = byStart.get(start)
      if (word?.form !== part.text) {
        skipped++
        continue
      }
      tokens.push({
        form: part.text,
        lemma: lemmaOfKey(part.entry),
        pos: english.entries.get(part.entry)!.pos,
      })
      kept.push(word)
    }
    const result = evaluate(tokens, kept, dictionary)
    if (showMisses)
      for (const miss of result.misses)
        console.log(`  seed: ${miss.form} → ${miss.given}, expected ${miss.expected}`)
    seedAll = addScores(seedAll, result.all)
    seedContent = addScores(seedContent, result.content)
  }
}
report('Seed article (curated mappings as gold)', seedAll, seedContent)
if (skipped)
  console.log(
    `(${skipped} seed tokens cut differently by the matcher and the tokenizer are left out)`,
  )

// The real-text set: real German by authors outside the project, labelled by hand, read by
// the engine as an imported text (English interface), beside the figures frozen with it.
const realDir = path.resolve(REAL_DIR)
const baselineFile = path.join(realDir, 'baseline.json')
const realSet = loadRealSet(realDir)
const real = scoreSet(realSet, engineAdapter(english, dictionary))
const freezeAt = process.argv.indexOf('--freeze-real')
if (freezeAt >= 0) {
  const baseline: RealBaseline = {
    engine: process.argv[freezeAt + 1] ?? 'analyseImport (curated en, then Ding)',
    frozen: new Date().toISOString().slice(0, 10),
    hash: realSetHash(realDir),
    ...real.figures,
  }
  // One tally a line: { "right": 462, "of": 512 }.
  const json = JSON.stringify(baseline, null, 2).replace(
    /\{\s+"right": (\d+),\s+"of": (\d+)\s+\}/gu,
    '{ "right": $1, "of": $2 }',
  )
  writeFileSync(baselineFile, `${json}\n`)
  console.log(`\n(wrote ${path.relative(process.cwd(), baselineFile)})`)
}
const frozen = existsSync(baselineFile)
  ? realBaselineSchema.parse(JSON.parse(readFileSync(baselineFile, 'utf8')))
  : undefined
console.log(
  '\nReal texts (tests/eval/real: real German, labelled by hand), read as an imported text',
)
for (const line of formatReport(
  realSet.map(({ gold }) => ({ id: gold.id, kind: gold.kind, tokens: gold.tokens.length })),
  real.figures,
  frozen,
))
  console.log(line)
if (frozen && frozen.hash !== realSetHash(realDir))
  console.log('(the gold has changed since the figures were frozen: they are not comparable)')
if (showMisses)
  for (const [id, misses] of Object.entries(real.misses))
    for (const miss of misses)
      console.log(
        `  ${id} #${miss.token} ${miss.what}: ${miss.form} → ${miss.given}, expected ${miss.expected}`,
      )
