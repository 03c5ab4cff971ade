import type { Lexicon } from '@/lib/vocabulary/lexicon'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import type { AnnotationsFile } from '@/lib/vocabulary/schema'
import type { Unit, WordToken } from '@/lib/vocabulary/match'

function parseTokenRef(ref: string): { text: string; occurrence: number } {
  const [text = '', occurrence = '1'] = ref.split('@')
  return { text, occurrence: Number(occurrence) }
}

function findWord(words: readonly WordToken[], ref: string): WordToken | undefined {
  const { text, occurrence } = parseTokenRef(ref)
  return words.filter((word) => word.text === text)[occurrence - 1]
}

export type AddUnit = (kind: Unit['kind'], entry: string, words: WordToken[]) => void

/**
 * A text's own choices for one block, made by its editor, over what the engine chose: the
 * sense of a token and the units its words form. Choices that do not fit the text or the
 * vocabulary are reported, not applied.
 */
export function applyAnnotations(
  blockNumber: number,
  words: readonly WordToken[],
  annotations: AnnotationsFile,
  lexicon: Lexicon,
  addUnit: AddUnit,
  problems: string[],
) {
  for (const unit of annotations.units.filter((u) => u.block === blockNumber)) {
    const found = unit.tokens.map((ref) => findWord(words, ref))
    const entry = lexicon.entries.get(unit.entry)
    if (!entry)
      problems.push(`block ${blockNumber}: unit entry "${unit.entry}" is not in the vocabulary`)
    const missing = unit.tokens.filter((_, i) => !found[i])
    if (missing.length)
      problems.push(
        `block ${blockNumber}: unit "${unit.entry}" names "${missing.join('", "')}", not in the block`,
      )
    if (!entry || missing.length) continue
    const members = found as WordToken[]
    if (entry.pos === 'verb' && entry.separable) {
      const lemma = lemmaOfKey(unit.entry)
      for (const word of members) {
        // The particle carries no analysis; the finite verb keeps the one it was given.
        if (lemma.startsWith(word.text.toLowerCase())) word.morph = []
        word.entry = unit.entry
        delete word.alternative
      }
      addUnit('separable', unit.entry, members)
    } else addUnit('phrase', unit.entry, members)
  }
  for (const sense of annotations.senses.filter((s) => s.block === blockNumber)) {
    const word = findWord(words, sense.token)
    if (!word) problems.push(`block ${blockNumber}: "${sense.token}" does not occur`)
    else if (!lexicon.entries.has(sense.entry))
      problems.push(
        `block ${blockNumber}: "${sense.token}" points to "${sense.entry}", not in the vocabulary`,
      )
    else {
      word.entry = sense.entry
      delete word.alternative
      if (sense.morph) word.morph = [sense.morph]
    }
  }
}
