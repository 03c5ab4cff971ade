import { ADVERB_PARTICLES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import { shownEntry, type DictEntry, type Dictionary } from '@/lib/dictionary/dictionary'
import { posOfEntry } from '@/lib/dictionary/lemmatize'
import { packReading, unpackReading, type MorphTable } from '@/lib/morphology/format'
import { excerptKeys } from '@/lib/morphology/morphology'
import type { WordToken } from '@/lib/vocabulary/match'
import { readingsOfWord, type AnalysisSources } from './readings'

/**
 * The words whose plans the server keeps (see WordPlan): a text's vocabulary repeats, so a
 * reader's next request finds most of its words planned. Bounded, so that a stream of
 * made-up words cannot grow the server's memory without end (a plan is about 1 KB).
 */
export const PLANNED_WORDS_CAP = 100_000

const PARTICLE_SET = new Set<string>([...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES])
const PARTICLES = [...PARTICLE_SET]

/**
 * The indexes as the answers read them: the dictionary's headwords ranked in its order, the
 * lexicon's forms by rank (see MorphTable).
 */
export interface LookupIndexes {
  /** A lemma's rank among the dictionary's keys, which sorts headwords as excerpts do. */
  lemmaRank(lemma: string): number
  morphology: MorphTable
}

/**
 * Objects an answer collects are marked with the answer's number instead of being put in a
 * Set: an answer gathers thousands, and a mark costs no hashing.
 */
interface Marked {
  mark: number
}

/** A headword of the dictionary with its entries, once per process. */
interface Headword extends Marked {
  rank: number
  entries: readonly DictEntry[]
  /** Each entry as the answer sends it, as JSON: [as is, glossed by the curated vocabulary]. */
  json?: { curated: boolean; shown: [string?, string?] }[]
  /** Marked when a reading borrows this headword's entries (see PlannedReading.lent). */
  lentMark: number
}

/** A key the dictionary knows: as a listed form (its lemmas), as a headword, or both. */
interface KnownKey extends Marked {
  /** The key's member of the answer's "forms", as JSON. */
  formJson?: string
  listed: Headword[]
  headword?: Headword
}

/** A reading of a word, as far as the answer needs it. */
interface PlannedReading {
  lemma: string
  /** The lemma as a key, where the dictionary knows it. */
  key?: KnownKey
  /** A separable verb's particle: the reading counts only where the request names it. */
  particle?: string
  verb: boolean
  /** The curated vocabulary glosses this lemma and part of speech: no entry is sent for it. */
  curated: boolean
  /** Headwords whose entries gloss this reading (a compound's head, a participle's verb). */
  lent: Headword[]
}

/** A dictionary key the answer sends, and the particle the request must name for it. */
interface PlannedKey {
  key: KnownKey
  particle?: string
}

/** A form of the lexicon with its readings, unpacked (see packReading). */
interface LexiconForm extends Marked {
  rank: number
  /** The form as a JSON string. */
  json: string
  readings: { lexeme: number; features: number; separated: boolean; particle: string }[]
  /** Whether any reading is separated (and counts only where the request names its particle). */
  separated: boolean
}

/**
 * What one word contributes to an answer, whatever the other words: worked out once per
 * process and word. Keys the dictionary knows nothing about are left out: they add nothing.
 */
interface WordPlan {
  /** Keys the analysis asked about, in order (the order the answer lists forms in). */
  asked: KnownKey[]
  readings: PlannedReading[]
  /** What the word asks for as a particle's verb, if the request names that particle. */
  withParticle: [particle: string, keys: PlannedKey[]][]
  lowercase: string
  /** The lexicon's forms that answer this word (see Morphology.excerpt). */
  forms: LexiconForm[]
}

const asWord = (text: string, sentenceStart: boolean): WordToken => ({
  kind: 'word',
  text,
  index: 0,
  sentenceStart,
  punctBefore: '',
  morph: [],
  units: [],
})

const hasCuratedSense = (lemma: string, pos: string, { curated }: AnalysisSources) =>
  (curated.keysByLemma.get(lemma) ?? []).some((key) => curated.entries.get(key)?.pos === pos)

const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank

/**
 * The lookup route's answer, as JSON text: the parts of the dictionary and of the lexicon a
 * request's words need (see LookupExcerpt for the shape, lookupBatches for the requests).
 * Each word's part is planned once per process; an answer joins its words' plans and the
 * JSON of the entries they name, also written once. It replaced an excerpt built from the
 * whole indexes per request, and gave the same bytes on requests from every real text.
 */
export function lookupAnswers(sources: AnalysisSources, indexes: LookupIndexes) {
  const { dictionary, morphology } = sources
  const table = indexes.morphology
  const plans = new Map<string, WordPlan>()
  // Bounded by the dictionary and the lexicon: only what they know is kept.
  const headwords = new Map<string, Headword>()
  const knownKeys = new Map<string, KnownKey | null>()
  const lexiconForms = new Map<string, LexiconForm>()
  const lexemeJson: string[] = []
  const featureJson: string[] = []
  const sourceJson = `"source":${JSON.stringify(table.source)},"licence":${JSON.stringify(table.licence)}`
  let answered = 0

  function headword(lemma: string): Headword | undefined {
    let found = headwords.get(lemma)
    if (!found) {
      const entries = dictionary.entries(lemma)
      if (entries.length === 0) return undefined
      found = { rank: indexes.lemmaRank(lemma), entries, mark: 0, lentMark: 0 }
      headwords.set(lemma, found)
    }
    return found
  }

  function knownKey(key: string): KnownKey | undefined {
    let found = knownKeys.get(key)
    if (found === undefined) {
      const lemmas = dictionary.lemmasOfForm(key)
      const entry = headword(key)
      found =
        lemmas.length === 0 && !entry
          ? null
          : {
              ...(lemmas.length > 0
                ? { formJson: `${JSON.stringify(key)}:${JSON.stringify(lemmas)}` }
                : {}),
              listed: lemmas.map((lemma) => headword(lemma)!),
              ...(entry ? { headword: entry } : {}),
              mark: 0,
            }
      if (found || knownKeys.size < PLANNED_WORDS_CAP) knownKeys.set(key, found)
    }
    return found ?? undefined
  }

  function lexiconForm(form: string): LexiconForm | undefined {
    let found = lexiconForms.get(form)
    if (!found) {
      const rank = table.find(form)
      if (rank < 0) return undefined
      const readings = table.packedAt(rank).map((reading) => {
        const parts = unpackReading(reading, table.radix)
        return { ...parts, particle: table.lexeme(parts.lexeme)[3] }
      })
      found = {
        rank,
        json: JSON.stringify(form),
        readings,
        separated: readings.some((reading) => reading.separated),
        mark: 0,
      }
      lexiconForms.set(form, found)
    }
    return found
  }

  function planOf(word: string): WordPlan {
    const planned = plans.get(word)
    if (planned) return planned
    const asked: string[] = []
    const recording: Dictionary = {
      entries(lemma) {
        asked.push(lemma)
        return dictionary.entries(lemma)
      },
      lemmasOfForm(form) {
        asked.push(form)
        return dictionary.lemmasOfForm(form)
      },
    }
    const readings = [true, false].flatMap((start) =>
      readingsOfWord(asWord(word, start), { ...sources, dictionary: recording }),
    )
    const plan: WordPlan = {
      asked: [...new Set(asked)].flatMap((key) => knownKey(key) ?? []),
      readings: readings.map((reading) => {
        const head = reading.parts?.[reading.parts.length - 1]
        const key = knownKey(reading.lemma)
        return {
          lemma: reading.lemma,
          ...(key ? { key } : {}),
          ...(reading.particle ? { particle: reading.particle } : {}),
          verb: reading.pos === 'verb',
          curated: hasCuratedSense(reading.lemma, reading.pos, sources),
          lent: [head?.lemma, reading.entry?.lemma].flatMap((lemma) =>
            lemma === undefined ? [] : (headword(lemma) ?? []),
          ),
        }
      }),
      withParticle: [],
      lowercase: word.toLowerCase(),
      forms: [...excerptKeys(word, morphology)].flatMap((key) => lexiconForm(key) ?? []),
    }
    const form = word.charAt(0).toLowerCase() + word.slice(1)
    for (const particle of PARTICLES) {
      const keys: PlannedKey[] = []
      const separated = knownKey(`${form} ${particle}`)
      if (separated) keys.push({ key: separated })
      for (const lemma of dictionary.lemmasOfForm(`${form} ${particle}`))
        keys.push({ key: knownKey(lemma)! })
      for (const reading of plan.readings) {
        const verb = reading.verb && knownKey(particle + reading.lemma)
        if (!verb) continue
        keys.push({ key: verb, ...(reading.particle ? { particle: reading.particle } : {}) })
      }
      if (keys.length > 0) plan.withParticle.push([particle, keys])
    }
    if (plans.size >= PLANNED_WORDS_CAP) plans.delete(plans.keys().next().value!)
    plans.set(word, plan)
    return plan
  }

  /** A headword's entries as the answer sends them, as JSON, added to `into`. */
  function shownJson(headword: Headword, lent: boolean, into: string[]) {
    headword.json ??= headword.entries.map((entry) => ({
      curated: hasCuratedSense(entry.lemma, posOfEntry(entry), sources),
      shown: [],
    }))
    headword.json.forEach((json, i) => {
      const curated = json.curated && !lent
      const entry = headword.entries[i]!
      into.push((json.shown[curated ? 1 : 0] ??= JSON.stringify(shownEntry(entry, curated))))
    })
  }

  function dictionaryJson(words: readonly string[], wordPlans: readonly WordPlan[], mark: number) {
    const present = new Set(words.filter((word) => PARTICLE_SET.has(word)))
    const counts = (reading: { particle?: string }) =>
      reading.particle === undefined || present.has(reading.particle)
    const keys: KnownKey[] = []
    const add = (key: KnownKey) => {
      if (key.mark !== mark) keys.push(key)
      key.mark = mark
    }
    for (const plan of wordPlans) {
      for (const key of plan.asked) add(key)
      for (const reading of plan.readings) {
        if (!counts(reading) || reading.curated) continue
        if (reading.key) add(reading.key)
        for (const lent of reading.lent) lent.lentMark = mark
      }
      for (const [particle, planned] of plan.withParticle) {
        if (!present.has(particle)) continue
        for (const each of planned) if (counts(each)) add(each.key)
      }
    }
    const forms: string[] = []
    const lemmas: Headword[] = []
    const addLemma = (headword: Headword) => {
      if (headword.mark !== mark) lemmas.push(headword)
      headword.mark = mark
    }
    for (const key of keys) {
      if (key.formJson) forms.push(key.formJson)
      for (const listed of key.listed) addLemma(listed)
      if (key.headword) addLemma(key.headword)
    }
    const entries: string[] = []
    for (const headword of lemmas.sort(byRank))
      shownJson(headword, headword.lentMark === mark, entries)
    return `"entries":[${entries.join(',')}],"forms":{${forms.join(',')}}`
  }

  // Per lexeme and feature set: the answer that last used it, and its number in that answer.
  let lexemeMarks = new Int32Array(0)
  let lexemeNumbers = new Int32Array(0)
  let featureMarks = new Int32Array(0)
  let featureNumbers = new Int32Array(0)
  const grown = (array: Int32Array<ArrayBuffer>, id: number) => {
    if (id < array.length) return array
    const larger = new Int32Array(Math.max(id + 1, array.length * 2))
    larger.set(array)
    return larger
  }

  function morphologyJson(words: readonly string[], wordPlans: readonly WordPlan[], mark: number) {
    // The words as written and lowercased, for the particles of separated readings.
    let named: Set<string> | undefined
    const isNamed = (particle: string) => {
      if (!named) {
        named = new Set<string>()
        wordPlans.forEach((plan, i) => named!.add(words[i]!).add(plan.lowercase))
      }
      return named.has(particle)
    }
    const keys: LexiconForm[] = []
    for (const plan of wordPlans)
      for (const form of plan.forms) {
        if (form.mark !== mark) keys.push(form)
        form.mark = mark
      }
    const kept: [LexiconForm, LexiconForm['readings']][] = []
    const lexemes: number[] = []
    const featureSets: number[] = []
    for (const form of keys.sort(byRank)) {
      const readings = form.separated
        ? form.readings.filter((reading) => !reading.separated || isNamed(reading.particle))
        : form.readings
      if (readings.length === 0) continue
      kept.push([form, readings])
      for (const { lexeme, features } of readings) {
        lexemeMarks = grown(lexemeMarks, lexeme)
        if (lexemeMarks[lexeme] !== mark) lexemes.push(lexeme)
        lexemeMarks[lexeme] = mark
        featureMarks = grown(featureMarks, features)
        if (featureMarks[features] !== mark) featureSets.push(features)
        featureMarks[features] = mark
      }
    }
    const lexemeOrder = Int32Array.from(lexemes).sort()
    const featureOrder = Int32Array.from(featureSets).sort()
    lexemeNumbers = grown(lexemeNumbers, lexemeMarks.length - 1)
    featureNumbers = grown(featureNumbers, featureMarks.length - 1)
    lexemeOrder.forEach((old, i) => (lexemeNumbers[old] = i))
    featureOrder.forEach((old, i) => (featureNumbers[old] = i))
    const radix = Math.max(featureOrder.length, 1)
    const forms = kept.map(([form, readings]) => {
      const packed = readings.map((reading) =>
        packReading(
          {
            lexeme: lexemeNumbers[reading.lexeme]!,
            features: featureNumbers[reading.features]!,
            separated: reading.separated,
          },
          radix,
        ),
      )
      if (packed.length > 1) packed.sort((a, b) => a - b)
      return `${form.json}:[${packed.join(',')}]`
    })
    const lexemeList: string[] = []
    for (const id of lexemeOrder)
      lexemeList.push((lexemeJson[id] ??= JSON.stringify(table.lexeme(id))))
    const featureList: string[] = []
    for (const id of featureOrder)
      featureList.push((featureJson[id] ??= JSON.stringify(table.featureSet(id))))
    return `{${sourceJson},"lexemes":[${lexemeList.join(',')}],"features":[${featureList.join(',')}],"forms":{${forms.join(',')}},"radix":${radix}}`
  }

  /** The answer to a request for these words (distinct, NFC, each a lookup word). */
  return function answer(words: readonly string[]): string {
    const wordPlans = words.map(planOf)
    const mark = ++answered
    return `{${dictionaryJson(words, wordPlans, mark)},"morphology":${morphologyJson(words, wordPlans, mark)}}`
  }
}
