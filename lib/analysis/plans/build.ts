import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { lookupAnswers } from '../lookupAnswer'
import { serverSources } from '../serverSources'
import { getDictionary } from '@/lib/dictionary/load'
import { getMorphology } from '@/lib/morphology/load'
import { encodePlans } from './file'
import { plansInputs } from './load'
import { PLANNED_LIST_WORDS, plannedWords } from './words'

/**
 * The plans file's bytes (see PLANS_FILE): every planned word's plan (plannedWords), worked
 * out as the server would work it out with the committed indexes and vocabulary, which the
 * file names (plansInputs). Same inputs, same bytes.
 */
export function buildPlansFile(root = process.cwd()): { bytes: Buffer; words: number } {
  const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), {
    morphology: getMorphology(root).table,
    keysStartingWith: getDictionary(root).keysStartingWith,
  })
  const records = plannedWords().map((word) => answer.planRecord(word))
  const fields = {
    source: `@zxcvbn-ts/language-de: commonWords ${PLANNED_LIST_WORDS.commonWords}, wikipedia ${PLANNED_LIST_WORDS.wikipedia}`,
    inputs: plansInputs(root),
  }
  return { bytes: encodePlans(records, fields), words: records.length }
}
