import { glossAccepts } from './glossMatch'
import { CONTENT_TAGS, wordTokens, type GoldText, type GoldToken } from './realGold'

/**
 * One word of a text as an analyser reads it: where it is, and what the popup would show.
 * No lemma means no reading (no popup). Words in one `unit` were linked as one unit
 * (a separable verb).
 */
export interface EvalReading {
  start: number
  end: number
  form: string
  lemma?: string
  pos?: string
  /** The gloss text the popup shows (senses separated by semicolons). */
  gloss?: string
  unit?: string | number
}

/** The engine under test: any analyser, given the text, says how it reads each word. */
export type EvalAnalyser = (text: string) => EvalReading[]

/** `right` of `of`: a rate with its counts. */
export interface Tally {
  right: number
  of: number
}

export interface RealScore {
  lemma: Tally
  lemmaContent: Tally
  pos: Tally
  posContent: Tally
  /** Tokens with a gold gloss whose shown gloss contains one of its items. */
  gloss: Tally
  /** Gold separable units the analyser linked, exactly those tokens, with the right lemma. */
  unitRecall: Tally
  /** Of the units the analyser proposed, those that are gold units. */
  unitPrecision: Tally
  /** Tokens (not numbers) without a reading: `right` counts the words left without one. */
  noReading: Tally
  /** Every token its own lemma: lowercased, nouns and names as written. */
  identity: Tally
  identityContent: Tally
}

export interface RealMiss {
  token: number
  form: string
  what: 'lemma' | 'pos' | 'gloss' | 'unit'
  expected: string
  given: string
}

const tally = (): Tally => ({ right: 0, of: 0 })
const count = (t: Tally, right: boolean) => {
  t.of++
  if (right) t.right++
}

export function emptyRealScore(): RealScore {
  return {
    lemma: tally(),
    lemmaContent: tally(),
    pos: tally(),
    posContent: tally(),
    gloss: tally(),
    unitRecall: tally(),
    unitPrecision: tally(),
    noReading: tally(),
    identity: tally(),
    identityContent: tally(),
  }
}

export function addRealScores(a: RealScore, b: RealScore): RealScore {
  const sum = emptyRealScore()
  for (const key of Object.keys(sum) as (keyof RealScore)[])
    sum[key] = { right: a[key].right + b[key].right, of: a[key].of + b[key].of }
  return sum
}

/** The identity baseline's lemma: the form lowercased, or as written for nouns and names. */
export function identityLemma(token: Pick<GoldToken, 'form' | 'pos'>): string {
  return token.pos === 'noun' || token.pos === 'propn' ? token.form : token.form.toLowerCase()
}

const accepts = (token: GoldToken, lemma: string | undefined) =>
  lemma !== undefined && (lemma === token.lemma || (token.alt ?? []).includes(lemma))

/** Token indices of each unit, keyed by unit id. */
function groups<T>(items: readonly (T | undefined)[]): Map<T, number[]> {
  const out = new Map<T, number[]>()
  items.forEach((key, i) => {
    if (key !== undefined) out.set(key, [...(out.get(key) ?? []), i])
  })
  return out
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((i) => b.includes(i))

/**
 * Scores an analyser's readings of a text against its gold. Readings are matched to the
 * gold tokens by offset and form; a token without a matching reading counts as unread.
 */
export function scoreText(
  gold: GoldText,
  text: string,
  readings: readonly EvalReading[],
): { score: RealScore; misses: RealMiss[] } {
  const words = wordTokens(text)
  const byStart = new Map<number, EvalReading>()
  for (const reading of readings)
    if (!byStart.has(reading.start)) byStart.set(reading.start, reading)
  const aligned = gold.tokens.map((token, i) => {
    const reading = byStart.get(words[i]?.start ?? -1)
    return reading?.form === token.form ? reading : undefined
  })
  const score = emptyRealScore()
  const misses: RealMiss[] = []
  gold.tokens.forEach((token, i) => {
    const reading = aligned[i]
    const content = CONTENT_TAGS.includes(token.pos)
    const lemmaRight = accepts(token, reading?.lemma)
    const posRight = reading?.lemma !== undefined && reading.pos === token.pos
    const identityRight = accepts(token, identityLemma(token))
    count(score.lemma, lemmaRight)
    count(score.pos, posRight)
    count(score.identity, identityRight)
    if (content) {
      count(score.lemmaContent, lemmaRight)
      count(score.posContent, posRight)
      count(score.identityContent, identityRight)
    }
    if (token.pos !== 'num') count(score.noReading, reading?.lemma === undefined)
    const given =
      reading?.lemma === undefined ? '(no reading)' : `${reading.lemma} (${reading.pos})`
    if (!lemmaRight)
      misses.push({ token: i, form: token.form, what: 'lemma', expected: token.lemma, given })
    else if (!posRight)
      misses.push({ token: i, form: token.form, what: 'pos', expected: token.pos, given })
    if (token.gloss) {
      const right = glossAccepts(reading?.gloss, token.gloss)
      count(score.gloss, right)
      if (!right)
        misses.push({
          token: i,
          form: token.form,
          what: 'gloss',
          expected: token.gloss.join(' | '),
          given: reading?.gloss ?? '(none)',
        })
    }
  })
  const goldUnits = groups(gold.tokens.map((token) => token.unit))
  const proposed = [...groups(aligned.map((reading) => reading?.unit)).values()].filter(
    (members) => members.length > 1,
  )
  const found = (members: readonly number[], lemma: string) =>
    proposed.some(
      (unit) => sameSet(unit, members) && unit.every((i) => aligned[i]?.lemma === lemma),
    )
  for (const members of goldUnits.values()) {
    const lemma = gold.tokens[members[0]!]!.lemma
    const right = found(members, lemma)
    count(score.unitRecall, right)
    if (!right)
      misses.push({
        token: members[0]!,
        form: members.map((i) => gold.tokens[i]!.form).join(' … '),
        what: 'unit',
        expected: lemma,
        given: members.map((i) => aligned[i]?.unit ?? '-').join(' / '),
      })
  }
  for (const unit of proposed)
    count(
      score.unitPrecision,
      [...goldUnits.values()].some(
        (members) =>
          sameSet(unit, members) &&
          unit.every((i) => aligned[i]?.lemma === gold.tokens[members[0]!]!.lemma),
      ),
    )
  return { score, misses }
}

/** The figures of a set of texts: per text and summed over all. */
export interface RealFigures {
  texts: Record<string, RealScore>
  overall: RealScore
}

/** Runs the analyser on every text and scores it; the misses by text id. */
export function scoreSet(
  set: readonly { gold: GoldText; text: string }[],
  analyser: EvalAnalyser,
): { figures: RealFigures; misses: Record<string, RealMiss[]> } {
  const texts: Record<string, RealScore> = {}
  const misses: Record<string, RealMiss[]> = {}
  let overall = emptyRealScore()
  for (const { gold, text } of set) {
    const result = scoreText(gold, text, analyser(text))
    texts[gold.id] = result.score
    misses[gold.id] = result.misses
    overall = addRealScores(overall, result.score)
  }
  return { figures: { texts, overall }, misses }
}
