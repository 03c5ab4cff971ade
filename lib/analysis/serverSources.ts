import { getDictionary } from '@/lib/dictionary/load'
import { getMorphology } from '@/lib/morphology/load'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { AnalysisSources } from './readings'

/** Every source whole, for the server and scripts (Node only): each read once per process. */
export function serverSources(curated: Lexicon): AnalysisSources {
  return {
    curated,
    dictionary: getDictionary().dictionary,
    morphology: getMorphology().morphology,
  }
}
