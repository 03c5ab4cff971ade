import { z } from 'zod'
import type { RealFigures, RealScore, Tally } from './realScore'

const tallySchema = z
  .object({ right: z.number().int().min(0), of: z.number().int().min(0) })
  .strict()
const scoreSchema = z
  .object({
    lemma: tallySchema,
    lemmaContent: tallySchema,
    pos: tallySchema,
    posContent: tallySchema,
    gloss: tallySchema,
    unitRecall: tallySchema,
    unitPrecision: tallySchema,
    noReading: tallySchema,
    identity: tallySchema,
    identityContent: tallySchema,
  })
  .strict() satisfies z.ZodType<RealScore>

/** The figures frozen with the set (tests/eval/real/baseline.json), and what they measured. */
export const realBaselineSchema = z
  .object({
    engine: z.string().min(1),
    frozen: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    hash: z.string().regex(/^[0-9a-f]{64}$/u),
    texts: z.record(z.string(), scoreSchema),
    overall: scoreSchema,
  })
  .strict()
export type RealBaseline = z.infer<typeof realBaselineSchema>

/** The measures in report order, with their labels. */
export const MEASURES: readonly [keyof RealScore, string][] = [
  ['lemma', 'lemma, all tokens'],
  ['lemmaContent', 'lemma, content words'],
  ['pos', 'POS, all tokens'],
  ['posContent', 'POS, content words'],
  ['gloss', 'gloss right in context'],
  ['unitRecall', 'separable units, recall'],
  ['unitPrecision', 'separable units, precision'],
  ['noReading', 'no reading (lower = better)'],
  ['identity', 'identity baseline, all'],
  ['identityContent', 'identity baseline, content'],
]

export const percent = (t: Tally | undefined) =>
  t === undefined ? '' : t.of === 0 ? '–' : ((100 * t.right) / t.of).toFixed(1)

const cell = (now: Tally, frozen: Tally | undefined) =>
  frozen === undefined ? percent(now) : `${percent(now)} (${percent(frozen)})`

/**
 * The report as lines: one row per measure, one column per text (T1, T2, … named in a
 * legend) and overall, each "now (frozen)" in percent; the overall counts last.
 */
export function formatReport(
  texts: readonly { id: string; kind: string; tokens: number }[],
  now: RealFigures,
  frozen?: RealBaseline,
): string[] {
  const width = 14
  const lines = texts.map(
    (text, i) => `  T${i + 1}  ${text.id} (${text.kind}, ${text.tokens} tokens)`,
  )
  if (frozen) lines.push(`  in brackets: the figures frozen on ${frozen.frozen} (${frozen.engine})`)
  lines.push(
    [
      'measure, %'.padEnd(28),
      ...texts.map((_, i) => `T${i + 1}`.padStart(width)),
      'overall'.padStart(width),
      'count'.padStart(11),
    ].join(''),
  )
  for (const [key, label] of MEASURES) {
    const overall = now.overall[key]
    lines.push(
      [
        label.padEnd(28),
        ...texts.map((text) =>
          cell(now.texts[text.id]![key], frozen?.texts[text.id]?.[key]).padStart(width),
        ),
        cell(overall, frozen?.overall[key]).padStart(width),
        `${overall.right}/${overall.of}`.padStart(11),
      ].join(''),
    )
  }
  return lines
}
