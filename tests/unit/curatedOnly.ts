import type { Span } from '@/lib/content/types'
import { analyseText } from '@/lib/analysis/engine'
import { emptyDictionary } from '@/lib/dictionary/dictionary'
import { emptyMorphology } from '@/lib/morphology/morphology'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { AnnotationsFile } from '@/lib/vocabulary/schema'

/** The engine over a small test vocabulary alone, with no dictionary behind it. */
export function analyseCuratedOnly(
  blocks: readonly { number: number; spans: readonly Span[] }[],
  lexicon: Lexicon,
  annotations?: AnnotationsFile,
) {
  return analyseText(
    blocks,
    { curated: lexicon, dictionary: emptyDictionary, morphology: emptyMorphology },
    annotations ? { annotations } : {},
  ).matched
}
