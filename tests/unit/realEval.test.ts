import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { glossAccepts, shownSenses } from '@/lib/evaluation/glossMatch'
import { goldProblems, goldTextSchema, type GoldText } from '@/lib/evaluation/realGold'
import { frozenFiles, loadRealSet, REAL_DIR, realSetHash } from '@/lib/evaluation/realFiles'
import { realBaselineSchema } from '@/lib/evaluation/realReport'
import { addRealScores, scoreText, type EvalReading } from '@/lib/evaluation/realScore'

// The real-text evaluation set is frozen: its texts and labels may not change, or figures
// measured before and after would not compare. Changing the gold on purpose means a new
// set: new hash here, new figures in baseline.json, said in the commit.
const FROZEN_HASH = 'a93b982bbac70ac878276996f3e10de7002c1f05cfb4b945c54a15f15c7182b8'

const dir = path.resolve(REAL_DIR)

describe('the real-text set', () => {
  it('is frozen: its texts and gold are the ones measured', () => {
    expect(realSetHash(dir)).toBe(FROZEN_HASH)
  })

  it('has a gold file for every text and a text for every gold file', () => {
    const files = frozenFiles(dir)
    const texts = files.filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4))
    const golds = files
      .filter((name) => name.endsWith('.gold.json'))
      .map((name) => name.slice(0, -'.gold.json'.length))
    expect(golds).toEqual(texts)
    expect(golds.length).toBeGreaterThanOrEqual(3)
  })

  it.each(loadRealSet(dir).map(({ gold, text }) => [gold.id, gold, text] as const))(
    '%s fits the schema and its text, token for token',
    (_, gold, text) => {
      expect(() => goldTextSchema.parse(gold)).not.toThrow()
      expect(goldProblems(gold, text)).toEqual([])
    },
  )

  it('has its frozen figures beside it, measured on this very gold', () => {
    const file = path.join(dir, 'baseline.json')
    expect(existsSync(file)).toBe(true)
    const baseline = realBaselineSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    expect(baseline.hash).toBe(FROZEN_HASH)
    const ids = loadRealSet(dir).map(({ gold }) => gold.id)
    expect(Object.keys(baseline.texts).sort()).toEqual(ids)
    const tokens = loadRealSet(dir).reduce((sum, { gold }) => sum + gold.tokens.length, 0)
    expect(baseline.overall.lemma.of).toBe(tokens)
  })
})

describe('gloss matching', () => {
  it('looks at the first three senses only, split at semicolons, without "to "', () => {
    expect(shownSenses('to sit; to perch; to be seated; to fit')).toEqual([
      'sit',
      'perch',
      'be seated',
    ])
  })

  it('accepts a gold item found as whole words, in any case', () => {
    expect(glossAccepts('to sit; to perch', ['sit'])).toBe(true)
    expect(glossAccepts('Stone; Rock', ['rock'])).toBe(true)
    expect(glossAccepts('to get rid of sth.', ['get rid of'])).toBe(true)
    expect(glossAccepts('to call sb. (up)', ['to call'])).toBe(true)
  })

  it('refuses parts of words, a fourth sense and no gloss', () => {
    expect(glossAccepts('hell; purgatory', ['corner', 'nook'])).toBe(false)
    expect(glossAccepts('sitter', ['sit'])).toBe(false)
    expect(glossAccepts('a; b; c; sit', ['sit'])).toBe(false)
    expect(glossAccepts(undefined, ['sit'])).toBe(false)
  })
})

// Er rief sie an. Das Haus ist alt.
const text = 'Er rief sie an. Das Haus ist alt.'
const gold: GoldText = {
  id: 'tiny',
  title: 'tiny',
  author: 'test',
  year: 2026,
  source: 'https://example.org/tiny',
  licence: 'public domain',
  kind: 'test',
  spelling: 'modern',
  tokens: [
    { form: 'Er', lemma: 'er', pos: 'pron' },
    { form: 'rief', lemma: 'anrufen', pos: 'verb', unit: 1, gloss: ['call', 'phone'] },
    { form: 'sie', lemma: 'sie', pos: 'pron' },
    { form: 'an', lemma: 'anrufen', pos: 'verb', unit: 1 },
    { form: 'Das', lemma: 'der', pos: 'art' },
    { form: 'Haus', lemma: 'Haus', pos: 'noun', gloss: ['house'] },
    { form: 'ist', lemma: 'sein', pos: 'verb', gloss: ['be'] },
    { form: 'alt', lemma: 'alt', pos: 'adj', gloss: ['old'] },
  ],
}
const at = (form: string, from = 0) => {
  const start = text.indexOf(form, from)
  return { start, end: start + form.length, form }
}
const plain: EvalReading[] = [
  { ...at('Er'), lemma: 'er', pos: 'pron' },
  { ...at('rief'), lemma: 'rufen', pos: 'verb', gloss: 'to call; to shout' },
  { ...at('sie'), lemma: 'sie', pos: 'pron' },
  { ...at('an', 10), lemma: 'an', pos: 'prep', gloss: 'at; on' },
  { ...at('Das'), lemma: 'der', pos: 'art' },
  { ...at('Haus'), lemma: 'Haus', pos: 'noun', gloss: 'house; home' },
  { ...at('ist') },
  { ...at('alt'), lemma: 'alt', pos: 'adj', gloss: 'old; aged' },
]

describe('scoring a text', () => {
  it('counts lemma, POS, gloss, unread words and the identity baseline', () => {
    const { score } = scoreText(gold, text, plain)
    expect(score.lemma).toEqual({ right: 5, of: 8 })
    expect(score.lemmaContent).toEqual({ right: 2, of: 5 })
    expect(score.pos).toEqual({ right: 6, of: 8 })
    expect(score.posContent).toEqual({ right: 3, of: 5 })
    expect(score.gloss).toEqual({ right: 3, of: 4 })
    expect(score.unitRecall).toEqual({ right: 0, of: 1 })
    expect(score.unitPrecision).toEqual({ right: 0, of: 0 })
    expect(score.noReading).toEqual({ right: 1, of: 8 })
    expect(score.identity).toEqual({ right: 4, of: 8 })
    expect(score.identityContent).toEqual({ right: 2, of: 5 })
  })

  it('finds a unit only when exactly its tokens are linked with the right lemma', () => {
    const linked = plain.map((reading) =>
      reading.form === 'rief' || reading.form === 'an'
        ? { ...reading, lemma: 'anrufen', pos: 'verb', unit: 'u1' }
        : reading.form === 'Haus' || reading.form === 'alt'
          ? { ...reading, unit: 'u2' }
          : reading,
    )
    const { score, misses } = scoreText(gold, text, linked)
    expect(score.unitRecall).toEqual({ right: 1, of: 1 })
    expect(score.unitPrecision).toEqual({ right: 1, of: 2 })
    expect(score.lemma).toEqual({ right: 7, of: 8 })
    expect(misses.map((miss) => `${miss.what} ${miss.form}`)).toEqual(['lemma ist', 'gloss ist'])
    const wrongLemma = linked.map((reading) =>
      reading.unit === 'u1' ? { ...reading, lemma: 'rufen' } : reading,
    )
    expect(scoreText(gold, text, wrongLemma).score.unitRecall).toEqual({ right: 0, of: 1 })
  })

  it('leaves a reading at the wrong place unread, and sums scores', () => {
    const shifted = plain.map((reading) =>
      reading.form === 'Haus' ? { ...reading, start: reading.start + 1 } : reading,
    )
    const { score } = scoreText(gold, text, shifted)
    expect(score.lemma).toEqual({ right: 4, of: 8 })
    expect(score.noReading).toEqual({ right: 2, of: 8 })
    const twice = addRealScores(score, scoreText(gold, text, plain).score)
    expect(twice.lemma).toEqual({ right: 9, of: 16 })
    expect(twice.gloss).toEqual({ right: 5, of: 8 })
  })
})
