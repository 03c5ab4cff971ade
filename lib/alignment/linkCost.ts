import type { Anchors } from './align'
import { isBracketed, isHeading } from './shape'

/**
 * What a link costs under the aligner's model, as −log of its chance: its kind's rarity,
 * Gale and Church's length model (the lengths of a text and its translation are proportional,
 * with a normal spread), the shapes of its pieces, less what its anchors save.
 */

export interface Bead {
  de: number
  en: number
  /** −log of the share of such links in translated prose (Gale and Church, 1993). */
  prior: number
}

export const BEADS: Bead[] = [
  { de: 1, en: 1, prior: -Math.log(0.89) },
  { de: 1, en: 2, prior: -Math.log(0.089 / 2) },
  { de: 2, en: 1, prior: -Math.log(0.089 / 2) },
  { de: 1, en: 0, prior: -Math.log(0.0099) },
  { de: 0, en: 1, prior: -Math.log(0.0099) },
  { de: 2, en: 2, prior: -Math.log(0.011) },
  // Free translations (Boylan's Werther) fold three sentences into one, or one into three.
  { de: 1, en: 3, prior: -Math.log(0.005) },
  { de: 3, en: 1, prior: -Math.log(0.005) },
]
/**
 * Paragraphs are the layout's units, which editions cut freely: they make larger groups still
 * (Werther's 4–1, 1–4, 3–2 and 2–3). Sentences, the translation's units, hardly do.
 */
export const PARAGRAPH_BEADS: Bead[] = [
  ...BEADS,
  { de: 4, en: 1, prior: -Math.log(0.002) },
  { de: 1, en: 4, prior: -Math.log(0.002) },
  { de: 3, en: 2, prior: -Math.log(0.002) },
  { de: 2, en: 3, prior: -Math.log(0.002) },
]
/** Variance of English length per German character, as Gale and Church measured it. */
const LENGTH_VARIANCE = 6.8
/** English characters per German character, as translations of prose range. */
const MIN_LENGTH_RATIO = 0.8
const MAX_LENGTH_RATIO = 1.25
/** What a German piece whose anchorable words all occur on the other side saves in cost. */
const FULL_ANCHOR_SAVING = 8
/**
 * The share of a German sentence's anchorable words found on the English side at which that
 * is no evidence either way: midway between what its own translation holds (42.7% on the
 * curated texts) and what a neighbouring sentence holds by chance (4.7%). Below it, a piece's
 * anchors speak against the link. Each German piece of a link counts on its own, so a short
 * one ("Lieber!" → "my dear friend") is not drowned in its long neighbour.
 */
const NEUTRAL_ANCHOR_SHARE = 0.237
/** −log of a heading's chance of standing in a group, or beside prose: as rare as a piece left out. */
const HEADING_MISMATCH_COST = -Math.log(0.01)
/**
 * What a piece left out adds to its cost per piece of average length on its side:
 * translators leave out a short exclamation or a date line rather than a long passage.
 */
const OMITTED_COST_PER_AVERAGE_PIECE = 0.5
/**
 * A note in brackets or a heading added or left out is as common as a split sentence:
 * editions and translators differ in their apparatus more than in their prose.
 */
const APPARATUS_OMISSION_PRIOR = -Math.log(0.089 / 2)
/**
 * A link costing this much is as likely right as wrong: 4 with anchors counted from zero, moved
 * by what counting them from the neutral share adds to a one-to-one link.
 */
const EVEN_ODDS_COST = 4 + FULL_ANCHOR_SAVING * NEUTRAL_ANCHOR_SHARE

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
  // A piece left out has no length to compare: its link's rarity is its whole cost.
  if (de === 0 || en === 0) return 0
  const mean = (de + en / ratio) / 2
  const delta = (en - de * ratio) / Math.sqrt(Math.max(1, mean) * LENGTH_VARIANCE)
  const probability = 2 * (1 - normalCdf(Math.abs(delta)))
  return -Math.log(Math.max(probability, 1e-12))
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** sums[k] is the sum of the first k values. */
function prefixSums(values: readonly number[]): number[] {
  const sums = [0]
  for (const value of values) sums.push(sums[sums.length - 1]! + value)
  return sums
}

/** A link costing EVEN_ODDS_COST is as likely right as wrong: how well the model fits it at all. */
export function fit(cost: number): number {
  return 1 / (1 + Math.exp(cost - EVEN_ODDS_COST))
}

/**
 * The cost of each possible link between the two sides, worked out once per pair of
 * sequences: `cost(i, j, bead)` is that of the link of `bead`'s kind from German piece `i` and
 * English piece `j`.
 */
export function linkCosts(
  de: readonly string[],
  en: readonly string[],
  anchors: Anchors,
  /** What the anchors compare, when not the texts themselves (a chapter's opening). */
  anchorTexts: { de: readonly string[]; en: readonly string[] },
): (i: number, j: number, bead: Bead) => number {
  const deLength = de.map((s) => s.length)
  const enLength = en.map((s) => s.length)
  // The pair's own ratio of lengths (translators differ), held within what translations
  // show: a piece left out must not make the rest look twice as long.
  const ratio = Math.min(
    MAX_LENGTH_RATIO,
    Math.max(MIN_LENGTH_RATIO, sum(enLength) / Math.max(1, sum(deLength))),
  )
  const deAverage = Math.max(1, sum(deLength) / de.length)
  const enAverage = Math.max(1, sum(enLength) / en.length)
  const deHeading = de.map(isHeading)
  const enHeading = en.map(isHeading)
  const deBracketed = de.map(isBracketed)
  const enBracketed = en.map(isBracketed)
  const deBefore = prefixSums(deLength)
  const enBefore = prefixSums(enLength)
  const joined = (texts: readonly string[], from: number, to: number) =>
    to - from === 1 ? texts[from]! : texts.slice(from, to).join(' ')
  const linkCost = (i: number, j: number, bead: Bead) => {
    const ni = i + bead.de
    const nj = j + bead.en
    let saving = 0
    if (bead.de > 0 && bead.en > 0) {
      const english = joined(anchorTexts.en, j, nj)
      for (let k = i; k < ni; k++) {
        const { matched, possible } = anchors(anchorTexts.de[k]!, english)
        if (possible > 0) saving += FULL_ANCHOR_SAVING * (matched / possible - NEUTRAL_ANCHOR_SHARE)
      }
    }
    const deChars = deBefore[ni]! - deBefore[i]!
    const enChars = enBefore[nj]! - enBefore[j]!
    if (bead.de === 0 || bead.en === 0) {
      const apparatus =
        bead.de === 0 ? enBracketed[j]! || enHeading[j]! : deBracketed[i]! || deHeading[i]!
      return (
        (apparatus ? APPARATUS_OMISSION_PRIOR : bead.prior) +
        (OMITTED_COST_PER_AVERAGE_PIECE * (deChars + enChars)) /
          (bead.de === 0 ? enAverage : deAverage)
      )
    }
    return bead.prior + lengthCost(deChars, enChars, ratio) + shapeCost(i, j, bead) - saving
  }
  /** A heading pairs with a heading, each alone on its side. */
  const shapeCost = (i: number, j: number, bead: Bead) => {
    let headings = 0
    for (let k = i; k < i + bead.de; k++) if (deHeading[k]) headings++
    for (let k = j; k < j + bead.en; k++) if (enHeading[k]) headings++
    if (bead.de === 1 && bead.en === 1) return headings === 1 ? HEADING_MISMATCH_COST : 0
    return headings * HEADING_MISMATCH_COST
  }
  return linkCost
}
