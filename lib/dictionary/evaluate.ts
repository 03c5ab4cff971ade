import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import type { Dictionary } from './dictionary'
import type { WordAnalysis } from './lemmatize'

export interface GoldToken {
  form: string
  lemma: string
  pos: PartOfSpeech
  /** Other lemmas that are also right in context. */
  alt?: string[]
}

export const CONTENT_POS: readonly PartOfSpeech[] = ['noun', 'propn', 'verb', 'adj', 'adv']

export interface Score {
  tokens: number
  lemma: number
  pos: number
  gloss: number
  identity: number
}

export interface Evaluation {
  all: Score
  content: Score
  /** The tokens the lemmatiser got wrong: form, expected, given. */
  misses: { form: string; expected: string; given: string }[]
}

const empty = (): Score => ({ tokens: 0, lemma: 0, pos: 0, gloss: 0, identity: 0 })

/**
 * Scores analyses against gold tokens, in order. Lemma: the best reading's lemma (or an
 * accepted alternative). POS: its part of speech. Gloss hit: the right lemma has a
 * dictionary sense to show. Identity: the baseline where every token is its own lemma.
 */
export function evaluate(
  gold: readonly GoldToken[],
  analysed: readonly WordAnalysis[],
  dictionary: Dictionary,
): Evaluation {
  if (gold.length !== analysed.length || gold.some((g, i) => g.form !== analysed[i]!.form)) {
    const at = gold.findIndex((g, i) => g.form !== analysed[i]?.form)
    throw new Error(
      `the gold tokens and the text's words differ at token ${at}: "${gold[at]?.form}" / "${analysed[at]?.form}"`,
    )
  }
  const all = empty()
  const content = empty()
  const misses: Evaluation['misses'] = []
  gold.forEach((token, i) => {
    const best = analysed[i]!.analyses[0]!
    const right = (lemma: string) => lemma === token.lemma || (token.alt ?? []).includes(lemma)
    const lemmaRight = right(best.lemma)
    const hasGloss =
      lemmaRight &&
      (Boolean(best.entry?.senses.length) ||
        dictionary.entries(best.lemma).some((entry) => entry.senses.length > 0))
    const scores = CONTENT_POS.includes(token.pos) ? [all, content] : [all]
    for (const score of scores) {
      score.tokens++
      if (lemmaRight) score.lemma++
      if (best.pos === token.pos) score.pos++
      if (hasGloss) score.gloss++
      if (right(token.form)) score.identity++
    }
    if (!lemmaRight)
      misses.push({
        form: token.form,
        expected: token.lemma,
        given: `${best.lemma} (${best.source})`,
      })
  })
  return { all, content, misses }
}

export function addScores(a: Score, b: Score): Score {
  return {
    tokens: a.tokens + b.tokens,
    lemma: a.lemma + b.lemma,
    pos: a.pos + b.pos,
    gloss: a.gloss + b.gloss,
    identity: a.identity + b.identity,
  }
}
