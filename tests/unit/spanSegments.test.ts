import { describe, expect, it } from 'vitest'
import { nextShown, segmentPlan, shownInRow } from '@/lib/books/spanSegments'

// Three rows: one short, one long paragraph in three segments, one without a reading.
const plan = segmentPlan([['kurz'], ['a'.repeat(600), 'b'.repeat(600), 'c'.repeat(300)], undefined])

describe('segmentPlan', () => {
  it('numbers the segments in reading order, row by row', () => {
    expect(plan).toEqual({ rowStarts: [0, 1, 4, 4], chars: [4, 600, 600, 300] })
  })
})

describe('nextShown', () => {
  it('adds as many segments as a frame’s characters allow', () => {
    expect(nextShown(plan.chars, 0, 4, 1_000)).toBe(2)
    expect(nextShown(plan.chars, 2, 4, 1_000)).toBe(4)
  })

  it('adds at least one segment, however long, and none past the rows shown', () => {
    expect(nextShown(plan.chars, 1, 4, 100)).toBe(2)
    expect(nextShown(plan.chars, 0, 1, 10_000)).toBe(1)
    expect(nextShown(plan.chars, 4, 4, 10_000)).toBe(4)
  })
})

describe('shownInRow', () => {
  it('gives each row its share of the segments shown', () => {
    expect([0, 1, 2].map((row) => shownInRow(plan, row, 0))).toEqual([0, 0, 0])
    expect([0, 1, 2].map((row) => shownInRow(plan, row, 3))).toEqual([1, 2, 0])
    expect([0, 1, 2].map((row) => shownInRow(plan, row, 4))).toEqual([1, 3, 0])
  })
})
