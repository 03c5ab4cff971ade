// The adapter for the engine under test: the one analysis engine, reading the text as an
// imported text without a translation in the English interface. The one file that knows
// the engine.
import type { AnalysisSources } from '@/lib/analysis/readings'
import { analyseText } from '@/lib/analysis/engine'
import { pairsOf } from '@/lib/import/pairs'
import { prepareImport } from '@/lib/import/prepare'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import type { WordToken } from '@/lib/vocabulary/match'
import { wordTokens } from './realGold'
import type { EvalAnalyser, EvalReading } from './realScore'

/**
 * Each word as the reader would show it: the entry's lemma, part of speech and gloss (what
 * the popup shows), the separable-verb unit it belongs to. Numbers read as themselves.
 */
export function engineAdapter(sources: AnalysisSources): EvalAnalyser {
  return (text) => {
    const prepared = prepareImport({ title: 'eval', de: text, en: '' })
    if (!prepared.ok) throw new Error('the text cannot be imported')
    const blocks = pairsOf({ de: prepared.de }).map((pair) => pair.de)
    const { matched, lexicon } = analyseText(blocks, sources)
    // The import may join a block's lines or drop invisible characters: words are paired
    // with the text's own tokens in order, by their form.
    const words = matched.blocks.flatMap((block) =>
      block.parts.filter((part): part is WordToken => part.kind === 'word'),
    )
    const readings: EvalReading[] = []
    let next = 0
    for (const token of wordTokens(text)) {
      const part = words[next]
      if (part?.text !== token.form) continue
      next++
      const entry = part.entry === undefined ? undefined : lexicon.entries.get(part.entry)
      const unit = part.units
        .map((id) => matched.units[id])
        .find((candidate) => candidate?.kind === 'separable')
      readings.push({
        ...token,
        ...(part.number !== undefined
          ? { lemma: part.text, pos: 'num' }
          : entry
            ? { lemma: lemmaOfKey(part.entry!), pos: entry.pos, gloss: entry.gloss }
            : {}),
        ...(unit ? { unit: unit.id } : {}),
      })
    }
    return readings
  }
}
