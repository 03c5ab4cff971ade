import type { MorphIndex } from '../format'
import { adjectiveParadigms } from './adjectives'
import { assemble } from './assemble'
import { dingWordParadigms } from './dingWords'
import { nounParadigms } from './nouns'
import type { MorphSources } from './sources'
import { verbParadigms, type VerbStats } from './verbParadigms'

/** LanguageTool's data (CC BY-SA 4.0) and the words and facts taken from Ding (GPL-2.0-or-later). */
export const MORPHOLOGY_LICENCE = 'CC-BY-SA-4.0 AND GPL-2.0-or-later'

/** The whole index from its sources, and how its verbs were made. Deterministic. */
export function buildMorphIndex(sources: MorphSources): { index: MorphIndex; verbs: VerbStats } {
  const verbs = verbParadigms(sources)
  const inflected = [...nounParadigms(sources), ...adjectiveParadigms(sources), ...verbs.paradigms]
  const index = assemble([...inflected, ...dingWordParadigms(sources, inflected)], {
    source:
      `LanguageTool german-pos-dict (from Morphy and korrekturen.de) as ${sources.packages}; ` +
      'parts of speech, genders and separable verb forms from Ding (Frank Richter, TU Chemnitz)',
    licence: MORPHOLOGY_LICENCE,
  })
  return { index, verbs: verbs.stats }
}
