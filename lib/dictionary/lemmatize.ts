import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { closedClass, closedForms } from './closedClass'
import { diminutiveEntry } from './diminutive'
import { feminineEntry } from './feminine'
import type { DictEntry, Dictionary } from './dictionary'
import { deUmlaut, ruleCandidates } from './rules'
import { withoutLabels } from './labels'
import { firstGloss } from './senses'

export type AnalysisSource =
  'closed' | 'separable' | 'headword' | 'listed' | 'rule' | 'compound' | 'unknown'

/** One reading of a word: its lemma and part of speech, where they come from, and the entry. */
export interface Analysis {
  lemma: string
  pos: PartOfSpeech
  source: AnalysisSource
  score: number
  entry?: DictEntry
  /** A compound's parts, each with its own lemma and entry: Verkehr-s-Minister-in. */
  parts?: { text: string; lemma: string; entry?: DictEntry }[]
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word)
const lower = (word: string) => word.charAt(0).toLowerCase() + word.slice(1)
const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** Ding tags names as nouns; their English gloss is a name too ("Germany"), which tells them apart. */
export function posOfEntry(entry: DictEntry): PartOfSpeech {
  if (
    entry.pos === 'noun' &&
    !entry.plural &&
    entry.senses.every((s) => capitalised(firstGloss(s)))
  )
    return 'propn'
  return entry.pos
}

function fromEntries(
  lemma: string,
  dictionary: Dictionary,
  allowed: readonly PartOfSpeech[] | undefined,
  source: AnalysisSource,
  score: number,
): Analysis[] {
  return dictionary
    .entries(lemma)
    .filter((entry) => !allowed || allowed.includes(entry.pos))
    .map((entry) => ({ lemma, pos: posOfEntry(entry), source, score, entry }))
}

/**
 * A pronoun the closed table lists that Ding has under another of its forms (solcher under
 * solche, derselbe under dasselbe, ander under andere): that entry, as a pronoun or, where
 * Ding has it only so, as an adjective. A lemma Ding lists itself is left to Ding.
 */
function closedEntry(lemma: string, pos: PartOfSpeech, dictionary: Dictionary) {
  if (pos !== 'pron' || dictionary.entries(lemma).some((entry) => posOfEntry(entry) === pos))
    return undefined
  const entries = closedForms(lemma).flatMap((form) => dictionary.entries(form))
  return (
    entries.find((entry) => posOfEntry(entry) === 'pron') ??
    entries.find((entry) => posOfEntry(entry) === 'adj')
  )
}

/** The rules of a genitive ending: -s, -es, -ns. */
const GENITIVE_ENDING = /^-(?:e?s|ns)$/u

/** Readings of one spelling of a word (as written, or lowercased at a sentence start). */
function readingsOf(form: string, dictionary: Dictionary): Analysis[] {
  const readings: Analysis[] = closedClass(form).map(([lemma, pos]) => {
    const entry = closedEntry(lemma, pos, dictionary)
    return { lemma, pos, source: 'closed' as const, score: 100, ...(entry ? { entry } : {}) }
  })
  const listed = dictionary.lemmasOfForm(form)
  const verbForm = listed.some((lemma) => dictionary.entries(lemma).some((e) => e.pos === 'verb'))
  for (const analysis of fromEntries(form, dictionary, undefined, 'headword', 90)) {
    // A plural Ding also lists as a headword (Preise {pl}) is first of all its singular's
    // form; a participle it lists as an adjective too (erklärt, unterbrochen), its verb's.
    const plural = analysis.entry?.gender === 'pl' && listed.length > 0
    const participle = verbForm && (analysis.pos === 'adj' || analysis.pos === 'adv')
    readings.push(
      plural ? { ...analysis, score: 80 } : participle ? { ...analysis, score: 85 } : analysis,
    )
  }
  for (const lemma of listed)
    readings.push(...fromEntries(lemma, dictionary, undefined, 'listed', 86))
  for (const candidate of ruleCandidates(form)) {
    // A participle used as an adjective (die gestiegenen Preise): Ding lists gestiegen.
    if (
      candidate.rule === 'declension' &&
      candidate.lemma !== form &&
      PARTICIPLE.test(candidate.lemma)
    ) {
      const verb = dictionary
        .lemmasOfForm(candidate.lemma)
        .flatMap((lemma) => dictionary.entries(lemma))
        .find((entry) => entry.pos === 'verb')
      if (verb)
        readings.push({
          lemma: candidate.lemma,
          pos: 'adj',
          source: 'rule',
          score: 75,
          entry: verb,
        })
    }
    if (candidate.verb) {
      const verb = dictionary.entries(candidate.verb).find((entry) => entry.pos === 'verb')
      const own = dictionary.entries(candidate.lemma).find((entry) => entry.pos === 'adj')
      if (verb || own)
        readings.push({
          lemma: candidate.lemma,
          pos: 'adj',
          source: 'rule',
          score: candidate.weight,
          entry: own ?? verb,
        })
      continue
    }
    for (const reading of fromEntries(
      candidate.lemma,
      dictionary,
      candidate.pos,
      'rule',
      candidate.weight,
    )) {
      const entry = reading.entry!
      // A name takes a genitive ending and nothing else (Goethes, not Inn-ern for Innern).
      if (reading.pos === 'propn' && !GENITIVE_ENDING.test(candidate.rule)) continue
      const plural = entry.plural === form || `${entry.plural}n` === form
      // A genitive -s or -es belongs to masculine and neuter nouns only.
      if (/^-e?s$/u.test(candidate.rule) && entry.gender === 'f' && !plural) continue
      readings.push(plural ? { ...reading, score: 92 } : reading)
    }
  }
  // A plural that Ding lists as a headword of its own (Umsätze {pl}) is its singular's form.
  // The evidence: Ding's plural of the singular, or an umlaut the singular does not have.
  const singular = (r: Analysis) =>
    r.source === 'rule' &&
    r.pos === 'noun' &&
    (r.score === 92 || /[äöü]/u.test(form) !== /[äöü]/u.test(r.lemma))
  if (readings.some(singular))
    for (const [i, r] of readings.entries())
      if (r.source === 'headword' && r.entry?.gender === 'pl') readings[i] = { ...r, score: 70 }
  // Ding's plural headwords glossed by the English plural of a singular's gloss (Tage, days,
  // beside Tag, day; Bestrebungen, efforts) are that singular's forms, whatever their line.
  for (const [i, r] of readings.entries()) {
    if (r.pos !== 'noun' || r.entry?.gender !== 'pl') continue
    const plural = plainGloss(r.entry.senses[0])
    const at = readings.findIndex(
      (other) =>
        other.source === 'rule' &&
        other.pos === 'noun' &&
        other.lemma !== r.lemma &&
        other.entry?.gender !== 'pl' &&
        englishPlurals(plainGloss(other.entry?.senses[0])).includes(plural),
    )
    if (at < 0) continue
    readings[i] = { ...r, score: PLURAL_HEADWORD_SCORE }
    readings[at] = { ...readings[at]!, score: SINGULAR_OF_PLURAL_SCORE }
  }
  // Ding also lists inflected adjectives as headwords (eigene, viele, größte): the base wins.
  const bases = new Set(
    readings
      .filter((r) => r.source === 'rule' && r.pos === 'adj' && r.lemma !== form)
      .map((r) => r.lemma),
  )
  return readings.map((r) =>
    bases.has(r.lemma) && r.source === 'rule' && /(?:e|en|em|er|es)$/u.test(form)
      ? { ...r, score: 91 }
      : r,
  )
}

/** A plural headword that is a singular's form, and that singular (as for Preise, Preis). */
const PLURAL_HEADWORD_SCORE = 70
const SINGULAR_OF_PLURAL_SCORE = 92

/** A sense's first gloss as plain lowercase words, no labels or notes. */
const plainGloss = (sense: string | undefined) =>
  withoutLabels(firstGloss(sense ?? ''))
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()

/** The regular English plurals a noun gloss may have: day → days, box → boxes, city → cities. */
const englishPlurals = (gloss: string) =>
  gloss ? [`${gloss}s`, `${gloss}es`, gloss.replace(/([^aeiou])y$/u, '$1ies')] : []

const PARTICIPLE =
  /^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$|^(?:be|emp|ent|er|miss|ver|zer)\p{Ll}{2,}(?:t|en)$|^\p{Ll}{3,}end$/u
// A modifier that is a word as it stands (Leinen-produktion) is read so before a linking
// element is taken off it (Lein).
const LINKS = ['', 'es', 's', 'en', 'n', 'er', 'e']
const SUFFIX_HEAD = /^Schaft(?:en)?$/u
/** Shorter stems are not read with a restored -e or as a verb's stem: Got-ama is no Gote. */
const MIN_RESTORED_STEM = 4

type CompoundPart = { text: string; lemma: string; entry?: DictEntry }

/** The stems a modifier may have, each with the linking element taken off it. */
function modifierStems(modifier: string): { stem: string; link: string }[] {
  return LINKS.filter((link) => modifier.endsWith(link) && modifier.length - link.length >= 2).map(
    (link) => ({ stem: modifier.slice(0, modifier.length - link.length), link }),
  )
}

/** A modifier that is one known word once a linking element is off (Verfassung-s). */
function knownModifier(modifier: string, dictionary: Dictionary): CompoundPart[] | undefined {
  for (const { stem, link } of modifierStems(modifier)) {
    // A noun modifier may have dropped its -e (Baumwoll-industrie, Schul-buch), a verb
    // modifier is its bare stem (Kompostier-werk, Schreib-tisch).
    const restored =
      stem.length >= MIN_RESTORED_STEM ? [`${stem}e`, `${lower(stem)}en`, `${lower(stem)}n`] : []
    // A plural modifier has an umlaut its singular lacks: Lämm-er-schwanz, Gäst-e-haus.
    const singular = link ? deUmlaut(stem) : []
    const spellings = capitalised(stem)
      ? [stem, lower(stem), ...restored, ...singular]
      : [upper(stem), stem, `${stem}en`]
    const known = spellings
      .flatMap((spelling) => dictionary.entries(spelling))
      // A plural Ding lists as a headword (Maschinen {pl}) glosses a set, not the thing.
      .find((entry) => ['noun', 'verb', 'adj'].includes(entry.pos) && entry.gender !== 'pl')
    if (known) return [{ text: modifier, lemma: known.lemma, entry: known }]
  }
  return undefined
}

/** A modifier that is itself a compound (Bundes-verfassungs-gericht), split again. */
function splitModifier(
  modifier: string,
  dictionary: Dictionary,
  depth: number,
): CompoundPart[] | undefined {
  for (const { stem, link } of modifierStems(modifier)) {
    const parts = splitCompound(upper(stem), dictionary, depth + 1)
    if (parts)
      return parts.map((part, i, all) =>
        i === all.length - 1 ? { ...part, text: part.text + link } : part,
      )
  }
  return undefined
}

/**
 * A compound read from its last part backwards: the head is the longest known noun at the
 * end, the rest a known word once a linking element (-s-, -es-, -n-, -en-, -er-, -e-) is
 * taken off, itself split again when needed. Bundesverfassungsgericht → Bund + Verfassung +
 * Gericht.
 */
export function splitCompound(
  word: string,
  dictionary: Dictionary,
  depth = 0,
): CompoundPart[] | undefined {
  if (depth > 0) return splitAt(word, dictionary, depth)
  // Splitting tries every head and modifier: remembered per dictionary, as a text repeats its
  // compounds and a server reads many texts against the same dictionary.
  let known = splits.get(dictionary)
  if (!known) splits.set(dictionary, (known = new Map()))
  if (!known.has(word)) known.set(word, splitAt(word, dictionary, 0))
  return known.get(word)
}
const splits = new WeakMap<Dictionary, Map<string, CompoundPart[] | undefined>>()

function splitAt(word: string, dictionary: Dictionary, depth: number): CompoundPart[] | undefined {
  if (depth > 3) return undefined
  for (let at = 2; at <= word.length - 3; at++) {
    const headText = upper(word.slice(at))
    // -schaft makes a collective (Arbeiterschaft): a suffix, not the noun Schaft (shank).
    if (SUFFIX_HEAD.test(headText)) continue
    // The likeliest reading of the head: Rechte is first the plural of Recht (Allmenderechte).
    const head = readingsOf(headText, dictionary)
      .filter((r) => r.entry && r.pos === 'noun')
      .sort((a, b) => b.score - a.score)[0]
    if (!head) continue
    const modifier = word.slice(0, at)
    const parts = knownModifier(modifier, dictionary) ?? splitModifier(modifier, dictionary, depth)
    if (parts) return [...parts, { text: word.slice(at), lemma: head.lemma, entry: head.entry }]
  }
  return undefined
}

function rank(analyses: Analysis[], form: string, sentenceStart: boolean): Analysis[] {
  const adjusted = analyses.map((analysis) => {
    let score = analysis.score
    // At a sentence start "Gestern", "Können": the lowercase word, when there is one, first.
    if (sentenceStart && !capitalised(analysis.lemma)) score += 1
    const noun = analysis.pos === 'noun' || analysis.pos === 'propn'
    // Capitals mark nouns, except at the start of a sentence.
    if (!sentenceStart && capitalised(form) !== noun && analysis.source !== 'closed') score -= 30
    return { ...analysis, score }
  })
  const best = new Map<string, Analysis>()
  for (const analysis of adjusted.sort((a, b) => b.score - a.score)) {
    const id = `${analysis.lemma}\t${analysis.pos}`
    if (!best.has(id)) best.set(id, analysis)
  }
  return [...best.values()]
}

/** A diminutive read from its base beats a compound of the same letters (Schneider-lein, not Lein). */
const DIMINUTIVE_SCORE = 62
/**
 * A feminine in -in read from its masculine base (Superintendent-in): below a compound whose
 * head Ding has as a feminine itself (Verkehrs-ministerin).
 */
const FEMININE_SCORE = 58
/** Nouns Ding lacks, read from a base noun it has, each ranked by its score. */
const DERIVED_NOUNS = [
  { entryOf: diminutiveEntry, score: DIMINUTIVE_SCORE },
  { entryOf: feminineEntry, score: FEMININE_SCORE },
] as const
/**
 * A rule's reading this sure makes a word known: no compound or derived noun is tried beside it.
 */
const SURE_RULE_SCORE = 70

/** A noun as its parts: itself when Ding has it, else its compound's parts. */
function nounPartsOf(noun: string, dictionary: Dictionary) {
  const entry = dictionary.entries(noun).find((e) => e.pos === 'noun')
  return entry ? [{ text: noun, entry }] : splitCompound(noun, dictionary)
}

/** A reading of a hyphenated word's part: known through a compound, or still unknown. */
const asCompoundPart = (analysis: Analysis): Analysis => ({
  ...analysis,
  source: analysis.source === 'unknown' ? 'unknown' : 'compound',
})

/** Every reading of a word, best first; an unknown word is its own lemma, marked unknown. */
export function analyseWord(
  form: string,
  sentenceStart: boolean,
  dictionary: Dictionary,
): Analysis[] {
  // geht's, wie's: the word before the clitic "es".
  const clitic = /^(\p{L}{2,})['’]s$/u.exec(form)
  if (clitic) return analyseWord(clitic[1]!, sentenceStart, dictionary)
  // Hospiz- und Palliativverband: a compound's first part, its head left to the next word.
  const truncated = /^(\p{L}{2,})-$/u.exec(form)
  if (truncated) return analyseWord(truncated[1]!, sentenceStart, dictionary).map(asCompoundPart)
  // US-Präsidenten, russisch-amerikanische: the last part inflects, the rest stays.
  const hyphen = /^(.+-)(\p{L}{2,})$/u.exec(form)
  if (hyphen && !dictionary.entries(form).length && !dictionary.lemmasOfForm(form).length) {
    const [, head = '', last = ''] = hyphen
    const lastIsNoun = capitalised(last)
    return analyseWord(last, sentenceStart && !lastIsNoun, dictionary).map((analysis) => ({
      ...asCompoundPart(analysis),
      lemma: head + analysis.lemma,
    }))
  }
  const spellings = sentenceStart && capitalised(form) ? [form, lower(form)] : [form]
  let analyses = spellings.flatMap((spelling) => readingsOf(spelling, dictionary))
  const known = analyses.some((a) => a.source !== 'rule' || a.score >= SURE_RULE_SCORE)
  // im Innern, des Äußern: a nominalised adjective in -er with the e of -eren left out.
  const elided = /^(\p{Lu}\p{L}+e)rn$/u.exec(form)
  if (!known && elided) {
    // Only a noun Ding has itself (Innere): a compound's parts would read any -ern plural so.
    const read = (analysis: Analysis) =>
      analysis.pos === 'noun' && analysis.source !== 'unknown' && analysis.source !== 'compound'
    const full = analyseWord(`${elided[1]}ren`, sentenceStart, dictionary).filter(read)
    if (full.length > 0) return full
  }
  if (!known && capitalised(form))
    for (const { entryOf, score } of DERIVED_NOUNS) {
      const entry = entryOf(form, (noun) => nounPartsOf(noun, dictionary))
      if (entry)
        analyses.push({ lemma: entry.lemma, pos: 'noun', source: 'compound', score, entry })
    }
  if (!known && capitalised(form)) {
    const parts = splitCompound(form, dictionary)
    const head = parts?.[parts.length - 1]
    if (parts && head) {
      const lemma = form.slice(0, form.length - head.text.length) + lower(head.lemma)
      analyses.push({
        lemma: upper(lemma),
        pos: 'noun',
        source: 'compound',
        score: 60,
        parts,
        ...(head.entry ? { entry: { ...head.entry, lemma: upper(lemma) } } : {}),
      })
    }
  }
  if (analyses.length === 0) {
    analyses = [
      { lemma: form, pos: capitalised(form) ? 'propn' : 'noun', source: 'unknown', score: 0 },
    ]
  }
  return rank(analyses, form, sentenceStart)
}
