import { sharedTokens } from './anchors'

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
  /** 0 to 1: from the link's cost under the length model, its kind and its anchors. */
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
/** Half-width of the band around the diagonal the search keeps to, at least and as a share. */
const MIN_BAND = 30
const BAND_SHARE = 0.15
/** A link costing this much is as likely right as wrong. */
const EVEN_ODDS_COST = 4

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
    const length = lengthCost(deBefore[ni]! - deBefore[i]!, enBefore[nj]! - enBefore[j]!, ratio)
    return bead.prior + length - saving
  }
  // Long sequences stay near the diagonal: a band around it keeps a book's chapter fast.
  const band = Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(de.length, en.length)))
  const nearDiagonal = (i: number, j: number) =>
    Math.abs(i / de.length - j / en.length) * Math.max(de.length, en.length) <= band

  const rows = de.length + 1
  const cols = en.length + 1
  const cost = new Float64Array(rows * cols).fill(Infinity)
  const step = new Float64Array(rows * cols)
  const from = new Int8Array(rows * cols).fill(-1)
  cost[0] = 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const here = cost[i * cols + j]!
      if (here === Infinity || !nearDiagonal(i, j)) continue
      BEADS.forEach((bead, index) => {
        const at = (i + bead.de) * cols + j + bead.en
        if (i + bead.de >= rows || j + bead.en >= cols) return
        const own = linkCost(i, j, bead)
        if (here + own < cost[at]!) {
          cost[at] = here + own
          step[at] = own
          from[at] = index
        }
      })
    }
  }

  const links: Link[] = []
  let i = de.length
  let j = en.length
  while (i > 0 || j > 0) {
    const at = i * cols + j
    const bead = BEADS[from[at]!]!
    links.push({
      de: Array.from({ length: bead.de }, (_, k) => i - bead.de + k),
      en: Array.from({ length: bead.en }, (_, k) => j - bead.en + k),
      confidence: 1 / (1 + Math.exp(step[at]! - EVEN_ODDS_COST)),
    })
    i -= bead.de
    j -= bead.en
  }
  return links.reverse()
}
