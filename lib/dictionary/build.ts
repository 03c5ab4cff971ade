import type { PartOfSpeech, Gender } from '@/lib/vocabulary/grammar'
import { parseDingLine, type DingHeadword } from './ding'
import {
  rankSenses,
  scoredGlosses,
  senseText,
  type SenseInLine,
  type WordFrequency,
} from './rankSenses'
import { senseSupport, supportName } from './senseSupport'

/**
 * How many senses of a headword the index keeps, best first (see rankSenses): the popup
 * shows three at most, and the rest let the aligned English choose (senseInContext).
 */
export const MAX_SENSES = 6

/** A headword as the index stores it: lemma, part of speech, gender, plural, senses. */
export type IndexEntry = [
  lemma: string,
  pos: PartOfSpeech,
  gender: Gender | '',
  plural: string,
  senses: string[],
]

/** The compact dictionary: headwords sorted by lemma, and inflected forms to lemmas. */
export interface DictionaryIndex {
  source: string
  licence: string
  entries: IndexEntry[]
  /** Form → lemmas; a separated verb form is "stellt heraus". */
  forms: Record<string, string[]>
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * How much Ding says about a headword: its lines and the sub-entries naming it. Of two
 * headwords with one spelling and part of speech (Leben {n}, life, in fourteen sub-entries;
 * Leben {f} in one synonym list, a slip for the neuter), the one Ding writes out comes first,
 * and a reader is shown its gender and senses before the other's.
 */
function headwordWeight(inLines: readonly SenseInLine[]): number {
  return inLines.reduce((sum, line) => sum + line.sense.size, 0)
}

/**
 * Turns Ding's list into the index. Deterministic: the output depends only on the input's
 * lines, sorted with a plain code-unit comparison (no locale).
 */
export function buildIndex(text: string, frequency: WordFrequency): DictionaryIndex {
  const lines = text.split('\n')
  const version = /^# Version :: (.*)$/mu.exec(text)?.[1]?.trim() ?? 'unknown version'
  const headwords = new Map<string, DingHeadword>()
  const ranked = new Map<string, SenseInLine[]>()
  let order = 0
  const forms = new Map<string, Set<string>>()
  for (const line of lines) {
    const parsed = parseDingLine(line.normalize('NFC'))
    for (const headword of parsed.headwords) {
      const id = `${headword.lemma}\t${headword.pos}\t${headword.gender ?? ''}`
      const known = headwords.get(id)
      if (!known) headwords.set(id, headword)
      else known.plural ??= headword.plural
      const senses = ranked.get(id) ?? []
      senses.push({ sense: headword.sense, rank: headword.rank, order: order++ })
      ranked.set(id, senses)
    }
    for (const [form, lemma] of parsed.forms) {
      const lemmas = forms.get(form) ?? new Set<string>()
      lemmas.add(lemma)
      forms.set(form, lemmas)
    }
  }
  const support = senseSupport(lines.map((line) => line.normalize('NFC')))
  const senses = new Map<string, string[]>()
  for (const [id, inLines] of ranked) {
    // A headword of one line has nothing to rank.
    if (inLines.length > 1) {
      const [lemma, pos] = id.split('\t')
      const name = supportName(lemma!, pos === 'verb')
      for (const line of inLines) line.support = support(name, scoredGlosses(line.sense))
    }
    const headword = id.split('\t')[0]!
    const best = rankSenses(inLines, frequency).map((sense) =>
      senseText(sense, frequency, headword),
    )
    senses.set(id, [...new Set(best)].slice(0, MAX_SENSES))
  }
  const weights = new Map([...ranked].map(([id, inLines]) => [id, headwordWeight(inLines)]))
  const entries = [...headwords]
    .map(([id, h]) => ({
      entry: [h.lemma, h.pos, h.gender ?? '', h.plural ?? '', senses.get(id)!] as IndexEntry,
      weight: weights.get(id)!,
    }))
    .sort(
      (a, b) =>
        compare(a.entry[0], b.entry[0]) ||
        compare(a.entry[1], b.entry[1]) ||
        b.weight - a.weight ||
        compare(a.entry[2], b.entry[2]),
    )
    .map(({ entry }) => entry)
  const lemmas = new Set(entries.map((entry) => entry[0]))
  const formIndex: Record<string, string[]> = {}
  for (const form of [...forms.keys()].sort(compare)) {
    // A form whose lemma is not a headword would point nowhere.
    const targets = [...forms.get(form)!].filter((lemma) => lemmas.has(lemma)).sort(compare)
    if (targets.length) formIndex[form] = targets
  }
  return {
    source: `Ding German–English dictionary (de-en, ${version}), Frank Richter, TU Chemnitz, https://dict.tu-chemnitz.de/`,
    licence: 'GPL-2.0-or-later',
    entries,
    forms: formIndex,
  }
}
