// The adapter for the engine under test: the one analysis engine, reading the text as an
// imported text without a translation in the English interface. The one file that knows
// the engine.
import type { Dictionary } from '@/lib/dictionary/dictionary'
import { analyseText } from '@/lib/analysis/engine'
import { pairsOf } from '@/lib/import/pairs'
import { prepareImport } from '@/lib/import/prepare'
import { lemmaOfKey, type Lexicon } from '@/lib/vocabulary/lexicon'
import type { EvalAnalyser, EvalReading } from './realScore'

/**
 * Each word as the reader would show it: the entry's lemma, part of speech and gloss (what
 * the popup shows), the separable-verb unit it belongs to. Numbers read as themselves.
 */
export function engineAdapter(curated: Lexicon, dictionary: Dictionary): EvalAnalyser {
  return (text) => {
    const prepared = prepareImport({ title: 'eval', de: text, en: '' })
    if (!prepared.ok) throw new Error('the text cannot be imported')
    const blocks = pairsOf({ de: prepared.de }).map((pair) => pair.de)
    const { matched, lexicon } = analyseText(blocks, { curated, dictionary }, { alsoLabel: 'also' })
    const readings: EvalReading[] = []
    let cursor = 0
    for (const block of matched.blocks) {
      const blockText = block.parts.map((part) => part.text).join('')
      const at = text.indexOf(blockText, cursor)
      if (at < 0) throw new Error(`block ${block.number} is not in the text as written`)
      cursor = at + blockText.length
      let offset = at
      for (const part of block.parts) {
        if (part.kind === 'word') {
          const entry = part.entry === undefined ? undefined : lexicon.entries.get(part.entry)
          const unit = part.units
            .map((id) => matched.units[id])
            .find((candidate) => candidate?.kind === 'separable')
          readings.push({
            start: offset,
            end: offset + part.text.length,
            form: part.text,
            ...(part.number !== undefined
              ? { lemma: part.text, pos: 'num' }
              : entry
                ? { lemma: lemmaOfKey(part.entry!), pos: entry.pos, gloss: entry.gloss }
                : {}),
            ...(unit ? { unit: unit.id } : {}),
          })
        }
        offset += part.text.length
      }
    }
    return readings
  }
}
