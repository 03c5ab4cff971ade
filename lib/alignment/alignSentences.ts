/**
 * Pairs the sentences of a German block with those of its English counterpart, in order:
 * one to one, one to two, two to one, one to none. Gale and Church's length model (the
 * lengths of a sentence and its translation are proportional, with a normal spread) decides
 * with the words both sides share as anchors: numbers, names, and German words whose
 * dictionary glosses occur in the English sentence.
 */

/** A link of the alignment: sentence indexes on each side (either may be empty). */
export interface SentenceLink {
  de: number[]
  en: number[]
}

/** How strongly a German and an English sentence share words, 0 for not at all. */
export type AnchorScore = (de: string, en: string) => number

interface Bead {
  de: number
  en: number
  /** −log of the share of such links in translated prose (Gale and Church, 1993). */
  prior: number
}

const BEADS: Bead[] = [
  { de: 1, en: 1, prior: -Math.log(0.89) },
  { de: 1, en: 2, prior: -Math.log(0.089 / 2) },
  { de: 2, en: 1, prior: -Math.log(0.089 / 2) },
  { de: 1, en: 0, prior: -Math.log(0.0099) },
  { de: 0, en: 1, prior: -Math.log(0.0099) },
  { de: 2, en: 2, prior: -Math.log(0.011) },
]
/** Variance of English length per German character, as Gale and Church measured it. */
const LENGTH_VARIANCE = 6.8
/** English characters per German character, as translations of prose range. */
const MIN_LENGTH_RATIO = 0.8
const MAX_LENGTH_RATIO = 1.25
/** How much one shared anchor word counts against the length cost. */
const ANCHOR_WEIGHT = 1.5

/** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z))
  const d = 0.3989423 * Math.exp((-z * z) / 2)
  const tail =
    d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))))
  return z > 0 ? 1 - tail : tail
}

/** −log of the chance that `en` characters translate `de` characters at this ratio. */
function lengthCost(de: number, en: number, ratio: number): number {
  // A sentence left out has no length to compare: its link's rarity is its whole cost.
  if (de === 0 || en === 0) return 0
  const mean = (de + en / ratio) / 2
  const delta = (en - de * ratio) / Math.sqrt(Math.max(1, mean) * LENGTH_VARIANCE)
  const probability = 2 * (1 - normalCdf(Math.abs(delta)))
  return -Math.log(Math.max(probability, 1e-12))
}

/** Numbers and capitalised names written the same on both sides. */
export function sharedTokens(de: string, en: string): number {
  const tokens = (text: string, pattern: RegExp) => new Set(text.match(pattern) ?? [])
  const numbers = tokens(de, /\d+/gu)
  const names = tokens(de, /(?<=\s|^)\p{Lu}\p{Ll}{2,}/gu)
  const english = `${en}`
  let shared = 0
  for (const number of numbers)
    if (new RegExp(`(?<!\\d)${number}(?!\\d)`, 'u').test(english)) shared++
  for (const name of names) if (english.includes(name)) shared++
  return shared
}

/** Content words shorter than this are not anchors: "to", "in", "a" occur everywhere. */
const MIN_ANCHOR_GLOSS = 3

/**
 * Anchors from the dictionary: a German word counts when one of its English glosses occurs
 * in the English sentence, beside the shared numbers and names.
 */
export function dictionaryAnchors(glossesOf: (word: string) => readonly string[]): AnchorScore {
  return (de, en) => {
    const english = new Set(en.toLowerCase().match(/\p{L}+/gu) ?? [])
    let found = 0
    for (const word of new Set(de.match(/\p{L}+/gu) ?? [])) {
      const glosses = glossesOf(word)
      if (
        glosses.some(
          (gloss) => gloss.length >= MIN_ANCHOR_GLOSS && english.has(gloss.toLowerCase()),
        )
      )
        found++
    }
    return found + sharedTokens(de, en)
  }
}

/**
 * The cheapest sequence of links covering both sides in order. `anchor` adds the
 * dictionary's evidence; without it numbers and names are the anchors.
 */
export function alignSentences(
  de: readonly string[],
  en: readonly string[],
  anchor: AnchorScore = sharedTokens,
): SentenceLink[] {
  if (de.length === 0 || en.length === 0)
    return [...de.map((_, i) => ({ de: [i], en: [] })), ...en.map((_, j) => ({ de: [], en: [j] }))]
  const deLength = de.map((s) => s.length)
  const enLength = en.map((s) => s.length)
  // The pair's own ratio of lengths (translators differ), held within what translations
  // show: a sentence left out must not make the rest look twice as long.
  const total = (lengths: number[]) => lengths.reduce((a, b) => a + b, 0)
  const pairRatio = total(enLength) / Math.max(1, total(deLength))
  const ratio = Math.min(MAX_LENGTH_RATIO, Math.max(MIN_LENGTH_RATIO, pairRatio))
  const rows = de.length + 1
  const cols = en.length + 1
  const cost = new Float64Array(rows * cols).fill(Infinity)
  const from = new Int8Array(rows * cols).fill(-1)
  cost[0] = 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = cost[i * cols + j]!
      if (here === Infinity) continue
      BEADS.forEach((bead, index) => {
        const ni = i + bead.de
        const nj = j + bead.en
        if (ni >= rows || nj >= cols) return
        const deText = de.slice(i, ni).join(' ')
        const enText = en.slice(j, nj).join(' ')
        const deChars = deLength.slice(i, ni).reduce((a, b) => a + b, 0)
        const enChars = enLength.slice(j, nj).reduce((a, b) => a + b, 0)
        const evidence = bead.de > 0 && bead.en > 0 ? anchor(deText, enText) : 0
        const total =
          here + bead.prior + lengthCost(deChars, enChars, ratio) - ANCHOR_WEIGHT * evidence
        if (total < cost[ni * cols + nj]!) {
          cost[ni * cols + nj] = total
          from[ni * cols + nj] = index
        }
      })
    }
  }
  const links: SentenceLink[] = []
  let i = de.length
  let j = en.length
  while (i > 0 || j > 0) {
    const bead = BEADS[from[i * cols + j]!]!
    links.push({
      de: Array.from({ length: bead.de }, (_, k) => i - bead.de + k),
      en: Array.from({ length: bead.en }, (_, k) => j - bead.en + k),
    })
    i -= bead.de
    j -= bead.en
  }
  return links.reverse()
}
