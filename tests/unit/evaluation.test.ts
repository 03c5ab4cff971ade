import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { addScores, evaluate, type GoldToken, type Score } from '@/lib/dictionary/evaluate'
import { lemmatizeText } from '@/lib/dictionary/lemmatize'
import { getDictionary } from '@/lib/dictionary/load'

const gold = JSON.parse(readFileSync('tests/eval/lemma-gold.json', 'utf8')) as {
  texts: { id: string; file: string; tokens: GoldToken[] }[]
}

describe('the lemmatiser on the frozen evaluation set', () => {
  it('keeps content-word lemma accuracy at 95% or more, far above the identity baseline', () => {
    const { dictionary } = getDictionary()
    let content: Score = { tokens: 0, lemma: 0, pos: 0, gloss: 0, identity: 0 }
    for (const text of gold.texts) {
      const source = readFileSync(`tests/eval/${text.file}`, 'utf8')
      content = addScores(
        content,
        evaluate(text.tokens, lemmatizeText(source, dictionary), dictionary).content,
      )
    }
    expect(content.tokens).toBeGreaterThanOrEqual(300)
    expect(content.lemma / content.tokens).toBeGreaterThanOrEqual(0.95)
    expect(content.identity / content.tokens).toBeLessThan(0.6)
  }, 20_000)

  it('refuses gold tokens that do not match the text', () => {
    const { dictionary } = getDictionary()
    expect(() =>
      evaluate(
        [{ form: 'Haus', lemma: 'Haus', pos: 'noun' }],
        lemmatizeText('Baum', dictionary),
        dictionary,
      ),
    ).toThrow(/differ at token 0/)
  })
})
