import { ADVERB_PARTICLES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import type { DictEntry, Dictionary } from '@/lib/dictionary/dictionary'
import { shownEntry } from '@/lib/dictionary/dictionary'
import { posOfEntry } from '@/lib/dictionary/lemmatize'
import { elisionVariants } from '@/lib/morphology/elision'
import { packReading, unpackReading, type MorphTable } from '@/lib/morphology/format'
import { modernSpellings } from '@/lib/morphology/spelling'
import type { WordToken } from '@/lib/vocabulary/match'
import { readingsOfWord, type AnalysisSources } from './readings'

/**
 * The words whose plans the server keeps (see WordPlan): a text's vocabulary repeats, so a
 * reader's next request finds most of its words planned. Bounded, so that a stream of
 * made-up words cannot grow the server's memory without end (about 2 KB a word).
 */
export const PLANNED_WORDS_CAP = 100_000

const PARTICLES = [...new Set<string>([...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES])]

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
  /** Lemmas whose entries gloss this reading (a compound's head, a participle's verb). */
  lent: string[]
}

/** A headword of the dictionary with its entries, once per process. */
interface Headword {
  lemma: string
  entries: readonly DictEntry[]
  /** Each entry as the answer sends it, as JSON: [as is, glossed by the curated vocabulary]. */
  json?: { curated: boolean; shown: [string?, string?] }[]
}

/** A key the dictionary knows: as a listed form (its lemmas), as a headword, or both. */
interface KnownKey {
  /** The key's member of the answer's "forms", as JSON. */
  formJson?: string
  listed: Headword[]
  headword?: Headword
}

/** A dictionary key the answer sends, and the particle the request must name for it. */
interface PlannedKey {
  key: KnownKey
  particle?: string
}

/** A form of the lexicon with its readings, unpacked (see packReading). */
interface LexiconForm {
  form: string
  /** The form as a JSON string. */
  json: string
  readings: { lexeme: number; features: number; separated: boolean; particle: string }[]
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

const DECLENSION = /(?:e|en|em|er|es)$/u

const byLemma = (a: Headword, b: Headword) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0)
const byForm = (a: LexiconForm, b: LexiconForm) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)

/**
 * The lookup route's answer, as JSON text: the parts of the dictionary and of the lexicon a
 * request's words need (see LookupExcerpt for its shape and lookupBatches for the requests).
 * Each word's part is planned once per process; an answer joins its words' plans and the
 * JSON of the entries they name, which is also kept once written.
 */
export function lookupAnswers(sources: AnalysisSources, table: MorphTable) {
  const { dictionary, morphology } = sources
  const plans = new Map<string, WordPlan>()
  // Bounded by the dictionary and the lexicon: only keys they know are kept.
  const headwords = new Map<string, Headword>()
  const knownKeys = new Map<string, KnownKey | null>()
  const lexiconForms = new Map<string, LexiconForm>()

  function headword(lemma: string): Headword | undefined {
    let found = headwords.get(lemma)
    if (!found) {
      const entries = dictionary.entries(lemma)
      if (entries.length === 0) return undefined
      found = { lemma, entries }
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
            }
      if (found || knownKeys.size < PLANNED_WORDS_CAP) knownKeys.set(key, found)
    }
    return found ?? undefined
  }

  function lexiconForm(form: string): LexiconForm | undefined {
    let found = lexiconForms.get(form)
    if (!found) {
      const packed = table.packed(form)
      if (!packed) return undefined
      found = {
        form,
        json: JSON.stringify(form),
        readings: packed.map((reading) => {
          const parts = unpackReading(reading, table.radix)
          return { ...parts, particle: table.lexeme(parts.lexeme)[3] }
        }),
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
          lent: [...(head ? [head.lemma] : []), ...(reading.entry ? [reading.entry.lemma] : [])],
        }
      }),
      withParticle: [],
      lowercase: word.toLowerCase(),
      forms: morphologyForms(word),
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

  /** The forms Morphology.excerpt looks up for a word, as far as the lexicon has them. */
  function morphologyForms(word: string): LexiconForm[] {
    const words = [word, word.toLowerCase()]
    const keys = new Set(words)
    for (const each of words) {
      const ending = DECLENSION.exec(each)
      if (ending) keys.add(each.slice(0, -ending[0].length))
    }
    for (const each of words) {
      for (const modern of modernSpellings(each, morphology)) keys.add(modern.form)
      for (const variant of elisionVariants(each)) keys.add(variant)
    }
    return [...keys].flatMap((key) => lexiconForm(key) ?? [])
  }

  /** A headword's entries as the answer sends them, as JSON. */
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

  const lexemeJson: string[] = []
  const featureJson: string[] = []

  function dictionaryJson(words: readonly string[], wordPlans: readonly WordPlan[]) {
    const named = new Set(words)
    const particles = PARTICLES.filter((particle) => named.has(particle))
    const present = new Set(particles)
    const counts = (reading: { particle?: string }) =>
      reading.particle === undefined || present.has(reading.particle)
    const keys = new Set<KnownKey>()
    const lent = new Set<string>()
    for (const plan of wordPlans) {
      for (const key of plan.asked) keys.add(key)
      for (const reading of plan.readings) {
        if (!counts(reading) || reading.curated) continue
        if (reading.key) keys.add(reading.key)
        for (const lemma of reading.lent) lent.add(lemma)
      }
      for (const [particle, planned] of plan.withParticle) {
        if (!present.has(particle)) continue
        for (const each of planned) if (counts(each)) keys.add(each.key)
      }
    }
    const forms: string[] = []
    const lemmas = new Set<Headword>()
    for (const key of keys) {
      if (key.formJson) forms.push(key.formJson)
      for (const listed of key.listed) lemmas.add(listed)
      if (key.headword) lemmas.add(key.headword)
    }
    const entries: string[] = []
    for (const headword of [...lemmas].sort(byLemma))
      shownJson(headword, lent.has(headword.lemma), entries)
    return `"entries":[${entries.join(',')}],"forms":{${forms.join(',')}}`
  }

  function morphologyJson(words: readonly string[], wordPlans: readonly WordPlan[]) {
    const named = new Set<string>()
    for (const [i, word] of words.entries()) named.add(word).add(wordPlans[i]!.lowercase)
    const keys = new Set<LexiconForm>()
    for (const plan of wordPlans) for (const form of plan.forms) keys.add(form)
    const kept: [LexiconForm, LexiconForm['readings']][] = []
    const lexemes = new Set<number>()
    const featureSets = new Set<number>()
    for (const form of [...keys].sort(byForm)) {
      const readings = form.readings.filter(
        (reading) => !reading.separated || named.has(reading.particle),
      )
      if (readings.length === 0) continue
      kept.push([form, readings])
      for (const reading of readings) {
        lexemes.add(reading.lexeme)
        featureSets.add(reading.features)
      }
    }
    const lexemeOrder = [...lexemes].sort((a, b) => a - b)
    const featureOrder = [...featureSets].sort((a, b) => a - b)
    const newLexeme = new Map(lexemeOrder.map((old, i) => [old, i]))
    const newFeatures = new Map(featureOrder.map((old, i) => [old, i]))
    const radix = Math.max(featureOrder.length, 1)
    const forms = kept.map(([form, readings]) => {
      const packed = readings
        .map((reading) =>
          packReading(
            {
              lexeme: newLexeme.get(reading.lexeme)!,
              features: newFeatures.get(reading.features)!,
              separated: reading.separated,
            },
            radix,
          ),
        )
        .sort((a, b) => a - b)
      return `${form.json}:[${packed.join(',')}]`
    })
    const head = `"source":${JSON.stringify(table.source)},"licence":${JSON.stringify(table.licence)}`
    const lexemes_ = lexemeOrder.map((id) => (lexemeJson[id] ??= JSON.stringify(table.lexeme(id))))
    const features_ = featureOrder.map(
      (id) => (featureJson[id] ??= JSON.stringify(table.featureSet(id))),
    )
    return `{${head},"lexemes":[${lexemes_.join(',')}],"features":[${features_.join(',')}],"forms":{${forms.join(',')}},"radix":${radix}}`
  }

  /** The answer to a request for these words (distinct, NFC, each a lookup word). */
  return function answer(words: readonly string[]): string {
    const wordPlans = words.map(planOf)
    return `{${dictionaryJson(words, wordPlans)},"morphology":${morphologyJson(words, wordPlans)}}`
  }
}
