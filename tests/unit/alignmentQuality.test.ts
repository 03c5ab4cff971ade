import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dictionaryAnchors } from '@/lib/alignment/anchors'
import { glossWordsOf } from '@/lib/alignment/glossWords'
import { getDictionary } from '@/lib/dictionary/load'
import { parseParagraphGold, parseSentenceGold } from '@/lib/evaluation/alignmentGold'
import { scoreParagraphGold, scoreSentenceGold } from '@/lib/evaluation/alignmentScore'
import { getMorphology } from '@/lib/morphology/load'

// The aligner's figures on the frozen gold (docs/alignment.md) may not fall: a change that
// makes them worse must say why in the figures, not slip through.
const DIR = path.join(process.cwd(), 'tests/eval/alignment')
const goldFiles = (folder: string) =>
  readdirSync(path.join(DIR, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(DIR, folder, name))
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown

/** Issue 17's targets, reached in round 2 (docs/alignment.md). */
const MIN_SENTENCE_PRECISION = 0.95
const MIN_SENTENCE_RECALL = 0.95
const MIN_PARAGRAPHS_RIGHT = 0.9
/** Among the pairs not flagged for the alignment editor (issue 17). */
const MIN_SURE_PARAGRAPHS_RIGHT = 0.98

describe('the aligner on the frozen gold', () => {
  const anchors = dictionaryAnchors(
    glossWordsOf({
      dictionary: getDictionary().dictionary,
      morphology: getMorphology().morphology,
    }),
  )

  it('links the curated texts’ sentences exactly, and the others within the figures', () => {
    let total = { found: 0, gold: 0, right: 0 }
    for (const file of goldFiles('sentences')) {
      const gold = parseSentenceGold(read(file), file)
      const score = scoreSentenceGold(gold, anchors)
      if (gold.origin === 'curated')
        expect(score, gold.id).toEqual({ ...score, right: score.gold, found: score.gold })
      total = {
        found: total.found + score.found,
        gold: total.gold + score.gold,
        right: total.right + score.right,
      }
    }
    expect(total.right / total.found).toBeGreaterThanOrEqual(MIN_SENTENCE_PRECISION)
    expect(total.right / total.gold).toBeGreaterThanOrEqual(MIN_SENTENCE_RECALL)
  })

  it('pairs a book’s paragraphs with its published translation', () => {
    for (const file of goldFiles('paragraphs')) {
      const score = scoreParagraphGold(parseParagraphGold(read(file), file), anchors)
      expect(score.right / score.gold).toBeGreaterThanOrEqual(MIN_PARAGRAPHS_RIGHT)
      expect(score.sureRight / score.sure).toBeGreaterThanOrEqual(MIN_SURE_PARAGRAPHS_RIGHT)
    }
  })
})
