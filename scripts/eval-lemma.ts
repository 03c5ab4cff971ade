// Scores the one analysis engine, reading each text as an imported text without a
// translation in the English interface: on the texts written for the project
// (tests/eval/lemma-gold.json), then on the real-text set (tests/eval/real), beside the
// figures frozen with it, and an identity baseline.
// Usage: npm run eval:lemma [-- --misses] [-- --freeze-real "engine description"]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { serverSources } from '../lib/analysis/serverSources'
import { engineAdapter } from '../lib/evaluation/engineAdapter'
import { loadRealSet, REAL_DIR, realSetHash } from '../lib/evaluation/realFiles'
import { formatReport, realBaselineSchema, type RealBaseline } from '../lib/evaluation/realReport'
import { scoreSet, type RealMiss } from '../lib/evaluation/realScore'
import { loadWrittenSet } from '../lib/evaluation/writtenSet'
import { getLexiconFromFile } from '../lib/vocabulary/load'

const showMisses = process.argv.includes('--misses')
const english = getLexiconFromFile('en')
const engine = engineAdapter(serverSources(english))
const sizes = (set: ReturnType<typeof loadWrittenSet>) =>
  set.map(({ gold }) => ({ id: gold.id, kind: gold.kind, tokens: gold.tokens.length }))
const printMisses = (misses: Record<string, RealMiss[]>) => {
  if (showMisses)
    for (const [id, list] of Object.entries(misses))
      for (const miss of list)
        console.log(
          `  ${id} #${miss.token} ${miss.what}: ${miss.form} → ${miss.given}, expected ${miss.expected}`,
        )
}

// The first set: texts written for the project, lemma and part of speech only.
const writtenSet = loadWrittenSet()
const written = scoreSet(writtenSet, engine)
console.log('\nTexts written for the evaluation (tests/eval, labelled by hand)')
// It labels no glosses and no units: only its lemma, part-of-speech and coverage rows count.
for (const line of formatReport(sizes(writtenSet), written.figures))
  if (!/^(?:gloss|separable)/u.test(line)) console.log(line)
printMisses(written.misses)

// The real-text set: real German by authors outside the project, labelled by hand, read by
// the engine as an imported text (English interface), beside the figures frozen with it.
const realDir = path.resolve(REAL_DIR)
const baselineFile = path.join(realDir, 'baseline.json')
const realSet = loadRealSet(realDir)
const real = scoreSet(realSet, engine)
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
printMisses(real.misses)
