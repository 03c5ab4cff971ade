import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'
import type { DictionaryIndex, IndexEntry } from './build'
import { posOfEntry } from './lemmatize'
import { firstGloss, shownSenses } from './senses'

export interface DictEntry {
  lemma: string
  pos: PartOfSpeech
  gender?: Gender
  plural?: string
  senses: string[]
}

/**
 * What the lemmatiser asks of a dictionary. The server has the whole index; the browser a
 * part of it, answered for exactly the keys it asked for, which answers the same way.
 */
export interface Dictionary {
  /** Headwords spelt exactly so (case matters: Morgen, morgen). */
  entries(lemma: string): readonly DictEntry[]
  /** Lemmas of a form Ding lists ("ging" → gehen; "stellt heraus" → herausstellen). */
  lemmasOfForm(form: string): readonly string[]
}

export function toEntry([lemma, pos, gender, plural, senses]: IndexEntry): DictEntry {
  return {
    lemma,
    pos,
    ...(gender ? { gender } : {}),
    ...(plural ? { plural } : {}),
    senses,
  }
}

/** A dictionary over (a part of) the index. */
export function dictionaryOf(index: Pick<DictionaryIndex, 'entries' | 'forms'>): Dictionary {
  const byLemma = new Map<string, DictEntry[]>()
  for (const raw of index.entries) {
    const entry = toEntry(raw)
    const list = byLemma.get(entry.lemma)
    if (list) list.push(entry)
    else byLemma.set(entry.lemma, [entry])
  }
  return {
    entries: (lemma) => byLemma.get(lemma) ?? [],
    lemmasOfForm: (form) => (Object.hasOwn(index.forms, form) ? index.forms[form]! : []),
  }
}

/**
 * An entry as an excerpt sends it: only the senses and glosses the popup shows (the rest
 * would only weigh on a text's lookups); of an entry whose word the curated vocabulary
 * glosses, only the first gloss, which glosses it as a compound's part. Unless that would
 * make a noun read as a name (see posOfEntry, which looks at every sense's first gloss).
 */
export function shownEntry(entry: DictEntry, curated: boolean): IndexEntry {
  const senses = curated ? [firstGloss(entry.senses[0] ?? '')] : shownSenses(entry.senses)
  const same = posOfEntry({ ...entry, senses }) === posOfEntry(entry)
  return [
    entry.lemma,
    entry.pos,
    entry.gender ?? '',
    entry.plural ?? '',
    same ? senses : entry.senses,
  ]
}

/** A dictionary that knows no word: the curated vocabulary alone, as `vocab:check` reads it. */
export const emptyDictionary: Dictionary = {
  entries: () => [],
  lemmasOfForm: () => [],
}
