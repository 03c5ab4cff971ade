import { getDictionary } from '@/lib/dictionary/load'
import { getMorphology } from '@/lib/morphology/load'
import type { Lexicon } from '@/lib/vocabulary/lexicon'
import type { LookupIndexes } from './lookupAnswer'
import { getPlans } from './plans/load'
import type { AnalysisSources } from './readings'

/** Every source whole, for the server and scripts (Node only): each read once per process. */
export function serverSources(curated: Lexicon): AnalysisSources {
  return {
    curated,
    dictionary: getDictionary().dictionary,
    morphology: getMorphology().morphology,
  }
}

/**
 * The indexes the lookup answers read, for the server and scripts (Node only), with the plans
 * worked out ahead (see getPlans).
 */
export function serverIndexes(): LookupIndexes {
  return {
    morphology: getMorphology().table,
    keysStartingWith: getDictionary().keysStartingWith,
    ...getPlans(),
  }
}
