import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DICTIONARY_FILE } from '@/lib/dictionary/files'
import { MORPHOLOGY_FILE } from '@/lib/morphology/format'
import type { PlanRecord } from '../lookupAnswer'
import { PLANS_FILE, openPlans } from './file'

/** The curated vocabulary the plans were worked out with (the server's, see serverSources). */
const CURATED_FILE = 'locales/en/vocabulary.json'

/**
 * What the plans were worked out from: the dictionary, the lexicon and the curated vocabulary,
 * as one SHA-256 of their files. The plans file names it; a file made from other inputs is
 * not used (its plans could differ from what the server would work out now).
 */
export function plansInputs(root = process.cwd()): string {
  const hash = createHash('sha256')
  for (const file of [DICTIONARY_FILE, MORPHOLOGY_FILE, CURATED_FILE])
    hash.update(readFileSync(path.join(/*turbopackIgnore: true*/ root, file)))
  return hash.digest('hex')
}

let opened: { plannedAhead?: (word: string) => PlanRecord | undefined } | undefined

/**
 * The committed plans file (Node only: the server), opened once per process: the plan worked
 * out ahead for a word, if the file has it and was made from the indexes and the vocabulary
 * in use; else none (the server then works every plan out, as before, and says why once).
 */
export function getPlans(root = process.cwd()) {
  if (!opened) {
    const plans = openPlans(readFileSync(path.join(/*turbopackIgnore: true*/ root, PLANS_FILE)))
    if (plans.fields.inputs === plansInputs(root)) opened = { plannedAhead: plans.plannedAhead }
    else {
      console.error(
        `${PLANS_FILE} was made from other indexes or another vocabulary: not used (run npm run dict:build)`,
      )
      opened = {}
    }
  }
  return opened
}
