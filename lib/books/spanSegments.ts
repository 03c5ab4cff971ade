// Which of a chapter's word segments are shown as spans: the reader adds them a frame's worth
// at a time, in reading order, so that no frame styles, lays out and paints more new spans
// than fit well inside the 50 ms a task may take. Measured on this machine: a frame that got
// two long paragraphs' spans (787 words, some 2,000 new nodes) took 43–59 ms, most of it style,
// layout and pre-paint.

/**
 * Characters of text whose words become spans in one frame (about 200 words): some 10 ms
 * of style, layout and paint on this machine, under 25 ms when it is busy.
 */
export const SPAN_CHARS_PER_FRAME = 1_200

/** A chapter's segments in reading order: where each row's start, and each one's characters. */
export interface SegmentPlan {
  /** The flat index of each row's first segment, and after the last row the count of all. */
  rowStarts: number[]
  /** Each segment's characters, in order. */
  chars: number[]
}

/** The plan of rows whose segments have these plain texts (a row without any has none). */
export function segmentPlan(rows: readonly (readonly string[] | undefined)[]): SegmentPlan {
  const rowStarts = [0]
  const chars: number[] = []
  for (const plain of rows) {
    for (const segment of plain ?? []) chars.push(segment.length)
    rowStarts.push(chars.length)
  }
  return { rowStarts, chars }
}

/**
 * How many segments are shown after the next frame: those shown (`from`) and as many more as
 * `budget` characters allow, at least one, at most `limit` (the segments of the rows shown).
 */
export function nextShown(
  chars: readonly number[],
  from: number,
  limit: number,
  budget = SPAN_CHARS_PER_FRAME,
): number {
  let to = from
  let used = 0
  while (to < limit && (to === from || used + (chars[to] ?? 0) <= budget)) {
    used += chars[to] ?? 0
    to++
  }
  return to
}

/** Of row `row`'s segments, how many are shown when `shown` of the chapter's are. */
export function shownInRow(plan: SegmentPlan, row: number, shown: number): number {
  const start = plan.rowStarts[row] ?? 0
  const end = plan.rowStarts[row + 1] ?? start
  return Math.min(Math.max(shown - start, 0), end - start)
}
