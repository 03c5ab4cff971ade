import { sharedTokens } from './anchors'
import { isBracketed, isHeading } from './shape'

/**
 * Pairs two sequences of text in order — sentences of a block pair, paragraphs of a chapter,
 * chapters of a book and its translation — by Gale and Church's length model: the lengths
 * of a text and its translation are proportional, with a normal spread. Words both sides
 * share (numbers, names, dictionary glosses) are anchors that make a link cheaper.
 */

/** A link: indexes on each side (either may be empty), and how sure the aligner is of it. */
export interface Link {
  de: number[]
  en: number[]
  /**
   * 0 to 1: the share of all alignments, weighed by their chance, that hold this link (no
   * other way of pairing comes near it), times how well the model fits the link at all (its
   * own cost: lengths far apart, few anchors, a heading beside prose).
   */
  confidence: number
}

/** Of the German side's words that could anchor, how many the English side has. */
export interface AnchorEvidence {
  matched: number
  possible: number
}
export type Anchors = (de: string, en: string) => AnchorEvidence

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
  // Free translations (Boylan's Werther) fold three sentences into one, or one into three.
  { de: 1, en: 3, prior: -Math.log(0.005) },
  { de: 3, en: 1, prior: -Math.log(0.005) },
]
/** Variance of English length per German character, as Gale and Church measured it. */
const LENGTH_VARIANCE = 6.8
/** English characters per German character, as translations of prose range. */
const MIN_LENGTH_RATIO = 0.8
const MAX_LENGTH_RATIO = 1.25
/** What a link whose anchorable words all occur on the other side saves in cost. */
const FULL_ANCHOR_SAVING = 8
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
/** A link costing this much is as likely right as wrong (about what the gold shows). */
const EVEN_ODDS_COST = 4
/** Half-width of the band around the diagonal the search keeps to, at least and as a share. */
const MIN_BAND = 30
const BAND_SHARE = 0.15

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

/**
 * The cheapest sequence of links covering both sides in order. Without the dictionary's
 * anchors, numbers and names are the anchors.
 */
export function align(
  de: readonly string[],
  en: readonly string[],
  anchors: Anchors = sharedTokens,
  /** What the anchors compare, when not the texts themselves (a chapter's opening). */
  anchorTexts: { de: readonly string[]; en: readonly string[] } = { de, en },
): Link[] {
  if (de.length === 0 || en.length === 0)
    return [
      ...de.map((_, i) => ({ de: [i], en: [], confidence: 1 })),
      ...en.map((_, j) => ({ de: [], en: [j], confidence: 1 })),
    ]
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
      const { matched, possible } = anchors(
        joined(anchorTexts.de, i, ni),
        joined(anchorTexts.en, j, nj),
      )
      saving = possible > 0 ? (FULL_ANCHOR_SAVING * matched) / possible : 0
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
  // Long sequences stay near the diagonal: a band around it keeps a book's chapter fast.
  const band = Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(de.length, en.length)))
  const nearDiagonal = (i: number, j: number) =>
    Math.abs(i / de.length - j / en.length) * Math.max(de.length, en.length) <= band

  const rows = de.length + 1
  const cols = en.length + 1
  const fits = (i: number, j: number, bead: Bead) =>
    i + bead.de < rows && j + bead.en < cols && nearDiagonal(i, j)
  // best: the cheapest way to each point (Viterbi); before: −log of the summed chance of all
  // ways to it, and after: of all ways from it to the end (forward and backward).
  const best = new Float64Array(rows * cols).fill(Infinity)
  const before = new Float64Array(rows * cols).fill(Infinity)
  const after = new Float64Array(rows * cols).fill(Infinity)
  const from = new Int8Array(rows * cols).fill(-1)
  best[0] = 0
  before[0] = 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = best[i * cols + j]!
      if (here === Infinity) continue
      BEADS.forEach((bead, index) => {
        if (!fits(i, j, bead)) return
        const at = (i + bead.de) * cols + j + bead.en
        const own = linkCost(i, j, bead)
        before[at] = addCosts(before[at]!, before[i * cols + j]! + own)
        if (here + own < best[at]!) {
          best[at] = here + own
          from[at] = index
        }
      })
    }
  }
  after[rows * cols - 1] = 0
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      if (best[i * cols + j] === Infinity) continue
      for (const bead of BEADS) {
        if (!fits(i, j, bead)) continue
        const next = after[(i + bead.de) * cols + j + bead.en]!
        if (next === Infinity) continue
        after[i * cols + j] = addCosts(after[i * cols + j]!, linkCost(i, j, bead) + next)
      }
    }
  }
  const total = before[rows * cols - 1]!

  const links: Link[] = []
  let i = de.length
  let j = en.length
  while (i > 0 || j > 0) {
    const bead = BEADS[from[i * cols + j]!]!
    const start = (i - bead.de) * cols + j - bead.en
    // The link's posterior: the share of all alignments, weighed by their chance, that
    // hold it. A link is sure when no other way of pairing comes near it.
    const posterior = Math.exp(
      total - (before[start]! + linkCost(i - bead.de, j - bead.en, bead) + after[i * cols + j]!),
    )
    links.push({
      de: Array.from({ length: bead.de }, (_, k) => i - bead.de + k),
      en: Array.from({ length: bead.en }, (_, k) => j - bead.en + k),
      confidence: Math.min(1, posterior) * fit(linkCost(i - bead.de, j - bead.en, bead)),
    })
    i -= bead.de
    j -= bead.en
  }
  return links.reverse()
}

/** A link costing EVEN_ODDS_COST is as likely right as wrong: how well the model fits it at all. */
function fit(cost: number): number {
  return 1 / (1 + Math.exp(cost - EVEN_ODDS_COST))
}

/** −log(e^−a + e^−b): two costs as −log chances, their chances added. */
function addCosts(a: number, b: number): number {
  if (a === Infinity) return b
  if (b === Infinity) return a
  const low = Math.min(a, b)
  return low - Math.log1p(Math.exp(-Math.abs(a - b)))
}
