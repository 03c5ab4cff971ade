import { ADVERB_PARTICLES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import { shownEntry, type DictEntry, type Dictionary } from '@/lib/dictionary/dictionary'
import { posOfEntry } from '@/lib/dictionary/lemmatize'
import { unpackReading, type MorphTable } from '@/lib/morphology/format'
import { excerptKeys } from '@/lib/morphology/morphology'
import type { WordToken } from '@/lib/vocabulary/match'
import { ByteWriter, joinedBytes } from './byteWriter'
import { LOOKUP_FORMAT } from './lookup'
import { readingsOfWord, type AnalysisSources } from './readings'

/**
 * The words whose plans the server keeps (see WordPlan): a text's vocabulary repeats, so a
 * reader's next request finds most of its words planned. Bounded, so that a stream of
 * made-up words cannot grow the server's memory without end (a plan is about 1 KB).
 */
export const PLANNED_WORDS_CAP = 100_000

const PARTICLE_SET = new Set<string>([...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES])
const PARTICLES = [...PARTICLE_SET]
const PARTICLE_NUMBERS = new Map(PARTICLES.map((particle, place) => [particle, place]))

/**
 * The indexes as the answers read them: the lexicon's forms, lexemes and feature sets, and
 * the dictionary's keys by their start (see openDictionary).
 */
export interface LookupIndexes {
  morphology: MorphTable
  keysStartingWith: (prefix: string) => readonly string[]
  /**
   * The plan worked out ahead for a word, if the plans file has it (see lib/analysis/plans):
   * an answer then costs the same the first time a word is met as later.
   */
  plannedAhead?: (word: string) => PlanRecord | undefined
}

/**
 * Objects an answer collects are marked with the answer's number instead of being put in a
 * Set: an answer gathers thousands, and a mark costs no hashing.
 */
interface Marked {
  mark: number
}

/**
 * A headword of the dictionary with its entries, once per process, numbered in the order the
 * process first meets it: an answer's marks for it are kept in typed arrays by that number.
 */
interface Headword {
  id: number
  lemma: string
  entries: readonly DictEntry[]
}

/**
 * A key the dictionary knows, as a listed form (its lemmas), as a headword, or both: numbered
 * like the headwords (what an answer sends for it is kept by that number: see lookupAnswers).
 */
interface KnownKey {
  id: number
}

/** A reading of a word, as far as the plan needs it. */
interface PlannedReading {
  lemma: string
  /** Whether the dictionary knows the lemma as a key. */
  known: boolean
  /** A separable verb's particle (or NONE): the reading counts only where the request names it. */
  particle: string
  verb: boolean
  /** The curated vocabulary glosses this lemma and part of speech: no entry is sent for it. */
  curated: boolean
  /** Headwords whose entries gloss this reading (a compound's head, a participle's verb). */
  lent: string[]
}

/** No particle, as a PlanRecord names it. */
const NONE = ''

/**
 * A word's plan (see WordPlan) by the names of its items rather than by this process's
 * numbers for them, as the plans file keeps it (see plannedAhead): the word; its keys, three
 * strings each (two particles, NONE or a particle the request must name, and the key); the
 * headwords its readings borrow from, two each (the particle, the headword); the lexicon's
 * forms that answer it.
 */
export type PlanRecord = [word: string, keys: string[], lent: string[], forms: string[]]

/**
 * A particle as a plan's conditions name it: its place in PARTICLES, NO_PARTICLE for none (the
 * item always counts), NEVER for a particle no request can name as one.
 */
const NO_PARTICLE = -1
const NEVER = PARTICLES.length
const particleNumber = (particle: string | undefined) =>
  particle === undefined ? NO_PARTICLE : (PARTICLE_NUMBERS.get(particle) ?? NEVER)

/**
 * Readings of a lexicon form, two numbers each: lexeme and feature set × 2 + separated, in the
 * order of the form's readings in the index (the order the answer keeps). In one typed array
 * per form: an answer reads some 2,000 readings, and scattered objects cost it a cache miss
 * each.
 */
type FormReadings = Int32Array<ArrayBuffer>
const READING_WIDTH = 2
/**
 * A form's readings with separated ones among them, three numbers each: lexeme, feature set
 * × 2 + separated, and the separated verb's particle (its number among the lexicon's
 * particles, see particleIds) or ALWAYS.
 */
const ORDERED_WIDTH = 3
const ALWAYS = -1

/** A form of the lexicon with its readings, once per process. */
interface LexiconForm extends Marked {
  /** The form as a JSON key with the opening of its list: `"form":[`. */
  key: Buffer
  /** The readings that count wherever the form stands. */
  readings: FormReadings
  /**
   * Separated readings by their verb's particle (see ORDERED_WIDTH): they count where the
   * request names it. The particles in the order their first reading comes.
   */
  separated: [particle: number, readings: FormReadings][]
  /** Every reading in the index's order, with its particle (see ORDERED_WIDTH); empty if none is separated. */
  ordered: Int32Array<ArrayBuffer>
}

/**
 * What one word contributes to an answer, whatever the other words: worked out once per
 * process and word, as numbers an answer runs through without following a pointer. Keys the
 * dictionary knows nothing about are left out: they add nothing.
 */
interface WordPlan {
  /**
   * The keys the answer sends for this word, three numbers each, in the order the word meets
   * them: two particles (NO_PARTICLE, or a particle the request must name for the key to
   * count) and the key's number. The keys its analysis asked about, then its readings' lemmas
   * (a curated reading sends none), then the particle verbs it could form.
   */
  keys: Int32Array<ArrayBuffer>
  /**
   * Headwords a reading borrows senses from, two numbers each: the particle the request must
   * name for the reading to count (or NO_PARTICLE) and the headword's number.
   */
  lent: Int32Array<ArrayBuffer>
  /** The word's place in PARTICLES, if it is a particle; else NO_PARTICLE. */
  particle: number
  lowercase: string
  /** The lexicon's forms that answer this word (see Morphology.excerpt). */
  forms: LexiconForm[]
}

const KEY_WIDTH = 3
const LENT_WIDTH = 2

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

/**
 * The lookup route's answer, as JSON text: the parts of the dictionary and of the lexicon a
 * request's words need (see LookupExcerpt for the shape, lookupBatches for the requests).
 * Each word's part is planned once per process, and every headword's, form's and lexeme's
 * JSON is written once; an answer only collects what its words' plans name (each once) and
 * copies those bytes into buffers it reuses (see ByteWriter). Nothing is sorted: headwords
 * and forms go out in the order the words meet them, lexemes and feature sets are numbered as
 * they come.
 */
const grown = (array: Int32Array<ArrayBuffer>, id: number) => {
  if (id < array.length) return array
  const larger = new Int32Array(Math.max(id + 1, array.length * 2))
  larger.set(array)
  return larger
}

const utf8 = (text: string) => Buffer.from(text, 'utf8')
const COMMA = 0x2c
const CLOSE_LIST = 0x5d

/**
 * Numbers the items of one kind (lexemes, feature sets) in the order an answer first meets
 * them, writing each item's JSON (kept as bytes, written once per process) to the answer's
 * list of them. A mark per item says which answer last sent it, so nothing is cleared between
 * answers.
 */
function answerNumbering(json: (id: number) => string, list: ByteWriter) {
  let marks = new Int32Array(0)
  let numbers = new Int32Array(0)
  let counted = 0
  let count = 0
  const written: Buffer[] = []
  return {
    /** The item's number in the answer `mark`; its JSON joins the list when it is new there. */
    numberOf(id: number, mark: number): number {
      if (id >= marks.length) {
        marks = grown(marks, id)
        numbers = grown(numbers, id)
      }
      if (marks[id] !== mark) {
        if (counted !== mark) {
          counted = mark
          count = 0
        }
        marks[id] = mark
        numbers[id] = count++
        list.member((written[id] ??= utf8(json(id))))
      }
      return numbers[id]!
    },
  }
}

export function lookupAnswers(sources: AnalysisSources, indexes: LookupIndexes) {
  const { dictionary, morphology } = sources
  const table = indexes.morphology
  const plans = new Map<string, WordPlan>()
  // Bounded by the dictionary and the lexicon: only what they know is kept.
  const headwords = new Map<string, Headword>()
  const headwordsById: Headword[] = []
  const knownKeys = new Map<string, KnownKey | null>()
  // By a key's number: its member of the answer's "forms" as JSON (a listed form's), and the
  // headwords the answer sends for it (the form's lemmas, then the key's own).
  const formJsonById: (Buffer | undefined)[] = []
  const headwordsOfKey: Int32Array<ArrayBuffer>[] = []
  const lexiconForms = new Map<string, LexiconForm>()
  // The particles of the lexicon's separable verbs, numbered as forms meet them (see
  // LexiconForm.separated), and which answer last named each (see writeMorphology).
  const particleIds = new Map<string, number>()
  let particleMarks = new Int32Array(0)
  const particleId = (particle: string) => {
    let id = particleIds.get(particle)
    if (id === undefined) {
      id = particleIds.size
      particleIds.set(particle, id)
      particleMarks = grown(particleMarks, id)
    }
    return id
  }
  let answered = 0
  // Which answer last sent each key and headword, and last counted a reading that borrows a
  // headword's senses (see Marked), by their numbers.
  let keyMarks = new Int32Array(0)
  let headwordMarks = new Int32Array(0)
  let lentMarks = new Int32Array(0)
  // By a headword's number: its entries as the answer's "entries" lists them (as the popup
  // shows them) and, when the curated vocabulary glosses one of them, as "glossed" lists them
  // (those cut to their first gloss; null when none is curated), as JSON written at its first
  // answer. Arrays by number rather than a field of the headword: an answer reads some 1,000
  // of them, and each object visited costs a cache miss.
  const wholeJson: (Buffer | undefined)[] = []
  const glossedJson: (Buffer | null)[] = []

  function headword(lemma: string): Headword | undefined {
    let found = headwords.get(lemma)
    if (!found) {
      const entries = dictionary.entries(lemma)
      if (entries.length === 0) return undefined
      found = { id: headwordsById.length, lemma, entries }
      headwords.set(lemma, found)
      headwordsById.push(found)
      headwordMarks = grown(headwordMarks, found.id)
      lentMarks = grown(lentMarks, found.id)
    }
    return found
  }

  function knownKey(key: string): KnownKey | undefined {
    let found = knownKeys.get(key)
    if (found === undefined) {
      const lemmas = dictionary.lemmasOfForm(key)
      const entry = headword(key)
      if (lemmas.length === 0 && !entry) found = null
      else {
        const ids = lemmas.map((lemma) => headword(lemma)!.id)
        if (entry) ids.push(entry.id)
        found = { id: formJsonById.length }
        formJsonById.push(
          lemmas.length > 0 ? utf8(`${JSON.stringify(key)}:${JSON.stringify(lemmas)}`) : undefined,
        )
        headwordsOfKey.push(Int32Array.from(ids))
        keyMarks = grown(keyMarks, found.id)
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
      const readings: number[] = []
      const ordered: number[] = []
      const separated = new Map<number, number[]>()
      for (const packed of table.packedAt(rank)) {
        const { lexeme, features, separated: apart } = unpackReading(packed, table.radix)
        const numbers = [lexeme, features * 2 + (apart ? 1 : 0)]
        const particle = apart ? particleId(table.lexeme(lexeme)[3]) : ALWAYS
        ordered.push(...numbers, particle)
        if (!apart) readings.push(...numbers)
        else separated.set(particle, [...(separated.get(particle) ?? []), ...numbers])
      }
      found = {
        key: utf8(`${JSON.stringify(form)}:[`),
        readings: Int32Array.from(readings),
        separated: [...separated].map(([particle, list]) => [particle, Int32Array.from(list)]),
        ordered: Int32Array.from(separated.size > 0 ? ordered : []),
        mark: 0,
      }
      lexiconForms.set(form, found)
    }
    return found
  }

  /**
   * The verbs each particle makes of a verb's lemma (ein + laden), in PARTICLES' order: once per
   * lemma, since a verb's many forms and both readings of a word share it.
   */
  const particleVerbsOf = new Map<string, (KnownKey | undefined)[]>()
  function particleVerbs(lemma: string) {
    let found = particleVerbsOf.get(lemma)
    if (!found) {
      found = PARTICLES.map((particle) => knownKey(particle + lemma))
      if (particleVerbsOf.size < PLANNED_WORDS_CAP) particleVerbsOf.set(lemma, found)
    }
    return found
  }

  /** A word's plan by the names of its items (see PlanRecord): what the plans file keeps. */
  function recordOf(word: string): PlanRecord {
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
    const readings: PlannedReading[] = [true, false]
      .flatMap((start) =>
        readingsOfWord(asWord(word, start), { ...sources, dictionary: recording }),
      )
      .map((reading) => {
        const head = reading.parts?.[reading.parts.length - 1]
        return {
          lemma: reading.lemma,
          known: knownKey(reading.lemma) !== undefined,
          particle: reading.particle || NONE,
          verb: reading.pos === 'verb',
          curated: hasCuratedSense(reading.lemma, reading.pos, sources),
          lent: [head?.lemma, reading.entry?.lemma].flatMap((lemma) =>
            lemma === undefined || !headword(lemma) ? [] : [lemma],
          ),
        }
      })
    const keys: string[] = []
    const lent: string[] = []
    for (const key of new Set(asked)) if (knownKey(key)) keys.push(NONE, NONE, key)
    for (const reading of readings) {
      if (reading.curated) continue
      if (reading.known) keys.push(reading.particle, NONE, reading.lemma)
      for (const lemma of reading.lent) lent.push(reading.particle, lemma)
    }
    const form = word.charAt(0).toLowerCase() + word.slice(1)
    // The dictionary's "form particle" keys, found by one search rather than one per particle.
    const phrases = new Set(indexes.keysStartingWith(`${form} `))
    PARTICLES.forEach((particle, place) => {
      const phrase = `${form} ${particle}`
      if (phrases.has(phrase)) {
        if (knownKey(phrase)) keys.push(particle, NONE, phrase)
        for (const lemma of dictionary.lemmasOfForm(phrase)) keys.push(particle, NONE, lemma)
      }
      for (const reading of readings)
        if (reading.verb && particleVerbs(reading.lemma)[place])
          keys.push(particle, reading.particle, particle + reading.lemma)
    })
    const forms = [...excerptKeys(word, morphology)].filter((key) => lexiconForm(key))
    return [word, keys, lent, forms]
  }

  /**
   * The plan a record names, in numbers; undefined if the indexes no longer know one of its
   * items (a plans file older than the indexes).
   */
  function planFrom([word, keys, lent, forms]: PlanRecord): WordPlan | undefined {
    const keyNumbers = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i += KEY_WIDTH) {
      const known = knownKey(keys[i + 2]!)
      if (!known) return undefined
      keyNumbers[i] = particleNumber(keys[i] || undefined)
      keyNumbers[i + 1] = particleNumber(keys[i + 1] || undefined)
      keyNumbers[i + 2] = known.id
    }
    const lentNumbers = new Int32Array(lent.length)
    for (let i = 0; i < lent.length; i += LENT_WIDTH) {
      const lender = headword(lent[i + 1]!)
      if (!lender) return undefined
      lentNumbers[i] = particleNumber(lent[i] || undefined)
      lentNumbers[i + 1] = lender.id
    }
    const lexiconForms = forms.flatMap((key) => lexiconForm(key) ?? [])
    if (lexiconForms.length < forms.length) return undefined
    return {
      keys: keyNumbers,
      lent: lentNumbers,
      particle: PARTICLE_NUMBERS.get(word) ?? NO_PARTICLE,
      lowercase: word.toLowerCase(),
      forms: lexiconForms,
    }
  }

  function planOf(word: string): WordPlan {
    const planned = plans.get(word)
    if (planned) return planned
    const ahead = indexes.plannedAhead?.(word)
    const plan = (ahead && planFrom(ahead)) ?? planFrom(recordOf(word))!
    if (plans.size >= PLANNED_WORDS_CAP) plans.delete(plans.keys().next().value!)
    plans.set(word, plan)
    return plan
  }

  /** Writes a headword's JSON (see wholeJson) and returns its "entries" form. */
  function headwordJson(id: number): Buffer {
    const { entries } = headwordsById[id]!
    const curated = entries.map((entry) => hasCuratedSense(entry.lemma, posOfEntry(entry), sources))
    const json = (glossed: boolean) =>
      utf8(
        entries
          .map((entry, i) => JSON.stringify(shownEntry(entry, glossed && curated[i]!)))
          .join(','),
      )
    const whole = json(false)
    wholeJson[id] = whole
    glossedJson[id] = curated.includes(true) ? json(true) : null
    return whole
  }

  // The particles a request names, by their place in PARTICLES (NEVER is never named).
  const named = new Uint8Array(PARTICLES.length + 1)
  const counts = (particle: number) => particle === NO_PARTICLE || named[particle] === 1

  // An answer's parts, written into buffers kept from one answer to the next.
  const entries = new ByteWriter()
  const glossed = new ByteWriter()
  const dictionaryForms = new ByteWriter()
  const lexemes = new ByteWriter()
  const featureSets = new ByteWriter()
  const lexiconFormsOut = new ByteWriter()
  const keys: number[] = []

  function writeDictionary(wordPlans: readonly WordPlan[], mark: number) {
    named.fill(0)
    for (const plan of wordPlans) if (plan.particle !== NO_PARTICLE) named[plan.particle] = 1
    keys.length = 0
    for (const plan of wordPlans) {
      const planned = plan.keys
      for (let i = 0; i < planned.length; i += KEY_WIDTH) {
        const id = planned[i + 2]!
        if (keyMarks[id] === mark || !counts(planned[i]!) || !counts(planned[i + 1]!)) continue
        keyMarks[id] = mark
        keys.push(id)
      }
      const lent = plan.lent
      for (let i = 0; i < lent.length; i += LENT_WIDTH)
        if (counts(lent[i]!)) lentMarks[lent[i + 1]!] = mark
    }
    entries.reset()
    glossed.reset()
    dictionaryForms.reset()
    for (const key of keys) {
      const formJson = formJsonById[key]
      if (formJson !== undefined) dictionaryForms.member(formJson)
      const ids = headwordsOfKey[key]!
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!
        if (headwordMarks[id] === mark) continue
        headwordMarks[id] = mark
        const whole = wholeJson[id] ?? headwordJson(id)
        const cut = glossedJson[id]
        if (cut && lentMarks[id] !== mark) glossed.member(cut)
        else entries.member(whole)
      }
    }
  }

  const lexemeNumbering = answerNumbering((lexeme) => JSON.stringify(table.lexeme(lexeme)), lexemes)
  const featureNumbering = answerNumbering(
    (features) => JSON.stringify(table.featureSet(features)),
    featureSets,
  )

  /** A reading's lexeme and feature set as the answer numbers them (see answerNumbering). */
  function writeReading(lexeme: number, features: number, mark: number) {
    lexiconFormsOut
      .number(lexemeNumbering.numberOf(lexeme, mark) * 2 + (features & 1))
      .byte(COMMA)
      .number(featureNumbering.numberOf(features >> 1, mark))
  }

  function numberReadings(readings: FormReadings, mark: number) {
    for (let i = 0; i < readings.length; i += READING_WIDTH) {
      lexemeNumbering.numberOf(readings[i]!, mark)
      featureNumbering.numberOf(readings[i + 1]! >> 1, mark)
    }
  }

  function writeMorphology(words: readonly string[], wordPlans: readonly WordPlan[], mark: number) {
    // The particles the request names (the words as written and lowercased), for the
    // separated readings: marked when a form first has some.
    let namedMarked = false
    const isNamed = (particle: number) => {
      if (!namedMarked) {
        namedMarked = true
        wordPlans.forEach((plan, i) => {
          for (const word of [words[i]!, plan.lowercase]) {
            const id = particleIds.get(word)
            if (id !== undefined) particleMarks[id] = mark
          }
        })
      }
      return particleMarks[particle] === mark
    }
    lexemes.reset()
    featureSets.reset()
    lexiconFormsOut.reset()
    for (const plan of wordPlans)
      for (const form of plan.forms) {
        if (form.mark === mark) continue
        form.mark = mark
        const { readings } = form
        // Lexemes and feature sets are numbered as the readings come, those that count
        // wherever the form stands first, then the separated ones by particle.
        let separated = false
        for (const [particle, list] of form.separated) {
          if (!isNamed(particle)) continue
          if (!separated) numberReadings(readings, mark)
          separated = true
          numberReadings(list, mark)
        }
        if (!separated && readings.length === 0) continue
        if (lexiconFormsOut.length > 0) lexiconFormsOut.byte(COMMA)
        lexiconFormsOut.add(form.key)
        if (!separated)
          for (let i = 0; i < readings.length; i += READING_WIDTH) {
            if (i > 0) lexiconFormsOut.byte(COMMA)
            writeReading(readings[i]!, readings[i + 1]!, mark)
          }
        else {
          // In the index's order, with the separated readings of the particles named.
          const { ordered } = form
          let first = true
          for (let i = 0; i < ordered.length; i += ORDERED_WIDTH) {
            const particle = ordered[i + 2]!
            if (particle !== ALWAYS && particleMarks[particle] !== mark) continue
            if (!first) lexiconFormsOut.byte(COMMA)
            first = false
            writeReading(ordered[i]!, ordered[i + 1]!, mark)
          }
        }
        lexiconFormsOut.byte(CLOSE_LIST)
      }
  }

  const answerStart = utf8(`{"format":${LOOKUP_FORMAT},"entries":[`)
  const glossedStart = utf8('],"glossed":[')
  const formsStart = utf8('],"forms":{')
  const morphologyStart = utf8(
    `},"morphology":{"source":${JSON.stringify(table.source)},"licence":${JSON.stringify(table.licence)},"lexemes":[`,
  )
  const featuresStart = utf8('],"features":[')
  const answerEnd = utf8('}}}')

  /** The answer to a request for these words (distinct, NFC, each a lookup word), as UTF-8. */
  function answerBytes(words: readonly string[]): Buffer {
    const wordPlans = words.map(planOf)
    const mark = ++answered
    writeDictionary(wordPlans, mark)
    writeMorphology(words, wordPlans, mark)
    return joinedBytes([
      answerStart,
      entries.written(),
      glossedStart,
      glossed.written(),
      formsStart,
      dictionaryForms.written(),
      morphologyStart,
      lexemes.written(),
      featuresStart,
      featureSets.written(),
      formsStart,
      lexiconFormsOut.written(),
      answerEnd,
    ])
  }
  /** The answer as text (for scripts and tests; the server sends answerBytes). */
  const answer = (words: readonly string[]) => answerBytes(words).toString('utf8')
  return Object.assign(answer, {
    bytes: answerBytes,
    /** A word's plan worked out now, as the plans file keeps it (for `npm run dict:build`). */
    planRecord: recordOf,
  })
}
