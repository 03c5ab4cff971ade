import { sharedTokens } from './anchors'
import { BEADS, fit, linkCosts, type Bead } from './linkCost'

export { PARAGRAPH_BEADS } from './linkCost'

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

/** Half-width of the band around the diagonal the search keeps to, at least and as a share. */
const MIN_BAND = 30
const BAND_SHARE = 0.15
/** Link costs kept between the passes, at most (8 bytes each); beyond, worked out again. */
const MAX_KEPT_COSTS = 2_000_000

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
  /** The kinds of link allowed, with their priors: paragraphs allow larger groups. */
  beads: readonly Bead[] = BEADS,
): Link[] {
  if (de.length === 0 || en.length === 0)
    return [
      ...de.map((_, i) => ({ de: [i], en: [], confidence: 1 })),
      ...en.map((_, j) => ({ de: [], en: [j], confidence: 1 })),
    ]
  const costOf = linkCosts(de, en, anchors, anchorTexts)
  // Long sequences stay near the diagonal: a band around it keeps a book's chapter fast.
  const band = Math.max(MIN_BAND, Math.ceil(BAND_SHARE * Math.max(de.length, en.length)))
  const nearDiagonal = (i: number, j: number) =>
    Math.abs(i / de.length - j / en.length) * Math.max(de.length, en.length) <= band

  const rows = de.length + 1
  const cols = en.length + 1
  const fits = (i: number, j: number, bead: Bead) =>
    i + bead.de < rows && j + bead.en < cols && nearDiagonal(i, j)
  // Each link's cost is asked for in both passes: kept from the first where memory allows.
  const kept =
    rows * cols * beads.length <= MAX_KEPT_COSTS
      ? new Float64Array(rows * cols * beads.length).fill(NaN)
      : undefined
  const linkCost = (i: number, j: number, index: number) => {
    const at = (i * cols + j) * beads.length + index
    const known = kept?.[at]
    if (known !== undefined && !Number.isNaN(known)) return known
    const cost = costOf(i, j, beads[index]!)
    if (kept) kept[at] = cost
    return cost
  }
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
      beads.forEach((bead, index) => {
        if (!fits(i, j, bead)) return
        const at = (i + bead.de) * cols + j + bead.en
        const own = linkCost(i, j, index)
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
      beads.forEach((bead, index) => {
        if (!fits(i, j, bead)) return
        const next = after[(i + bead.de) * cols + j + bead.en]!
        if (next === Infinity) return
        after[i * cols + j] = addCosts(after[i * cols + j]!, linkCost(i, j, index) + next)
      })
    }
  }
  const total = before[rows * cols - 1]!

  const links: Link[] = []
  let i = de.length
  let j = en.length
  while (i > 0 || j > 0) {
    const index = from[i * cols + j]!
    const bead = beads[index]!
    const start = (i - bead.de) * cols + j - bead.en
    const own = linkCost(i - bead.de, j - bead.en, index)
    // The link's posterior: the share of all alignments, weighed by their chance, that
    // hold it. A link is sure when no other way of pairing comes near it.
    const posterior = Math.exp(total - (before[start]! + own + after[i * cols + j]!))
    links.push({
      de: Array.from({ length: bead.de }, (_, k) => i - bead.de + k),
      en: Array.from({ length: bead.en }, (_, k) => j - bead.en + k),
      confidence: Math.min(1, posterior) * fit(own),
    })
    i -= bead.de
    j -= bead.en
  }
  return links.reverse()
}

/** −log(e^−a + e^−b): two costs as −log chances, their chances added. */
function addCosts(a: number, b: number): number {
  if (a === Infinity) return b
  if (b === Infinity) return a
  const low = Math.min(a, b)
  return low - Math.log1p(Math.exp(-Math.abs(a - b)))
}
