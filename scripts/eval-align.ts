// Scores the one aligner against the hand-checked alignment gold (tests/eval/alignment,
// frozen before tuning): sentence links inside block pairs (precision and recall, exact link
// match), and paragraph pairs of a book and its published translation (right, and right
// among the pairs not flagged as doubtful).
// Usage: npm run eval:align
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { dictionaryAnchors } from '../lib/alignment/anchors'
import { glossWordsOf } from '../lib/alignment/glossWords'
import { getDictionary } from '../lib/dictionary/load'
import { parseParagraphGold, parseSentenceGold } from '../lib/evaluation/alignmentGold'
import { scoreParagraphGold, scoreSentenceGold } from '../lib/evaluation/alignmentScore'
import { getMorphology } from '../lib/morphology/load'

const DIR = path.join(process.cwd(), 'tests/eval/alignment')
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
const jsonIn = (folder: string) =>
  readdirSync(path.join(DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(DIR, folder, name))

const anchors = dictionaryAnchors(
  glossWordsOf({ dictionary: getDictionary().dictionary, morphology: getMorphology().morphology }),
)
const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`

console.log('Sentence links (exact match)      precision   recall   links (gold)')
let total = { found: 0, gold: 0, right: 0 }
for (const file of jsonIn('sentences')) {
  const gold = parseSentenceGold(read(file), file)
  const score = scoreSentenceGold(gold, anchors)
  total = {
    found: total.found + score.found,
    gold: total.gold + score.gold,
    right: total.right + score.right,
  }
  console.log(
    `  ${gold.id.padEnd(32)} ${percent(score.right, score.found).padStart(9)} ${percent(score.right, score.gold).padStart(8)}   ${score.gold}`,
  )
}
console.log(
  `  ${'all'.padEnd(32)} ${percent(total.right, total.found).padStart(9)} ${percent(total.right, total.gold).padStart(8)}   ${total.gold}`,
)

console.log('\nParagraph pairs                   right     right among sure   flagged')
for (const file of jsonIn('paragraphs')) {
  const gold = parseParagraphGold(read(file), file)
  const score = scoreParagraphGold(gold, anchors)
  console.log(
    `  ${gold.id.padEnd(32)} ${percent(score.right, score.gold).padStart(6)}   ${percent(score.sureRight, score.sure).padStart(8)} (${score.sure})   ${score.flagged} of ${score.found}`,
  )
}
