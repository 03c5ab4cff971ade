import { tokenize } from '@/lib/text/tokenize'
import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { closedClass, SEPARABLE_PARTICLES } from './closedClass'
import type { DictEntry, Dictionary } from './dictionary'
import { ruleCandidates } from './rules'
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

export interface WordAnalysis {
  form: string
  start: number
  /** Best first. Several when the form alone allows several lemmas or senses. */
  analyses: Analysis[]
  /** The best two readings differ in lemma and are close in score: the popup should say so. */
  ambiguous: boolean
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

/** Readings of one spelling of a word (as written, or lowercased at a sentence start). */
function readingsOf(form: string, dictionary: Dictionary): Analysis[] {
  const readings: Analysis[] = closedClass(form).map(([lemma, pos]) => ({
    lemma,
    pos,
    source: 'closed' as const,
    score: 100,
  }))
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

const PARTICIPLE =
  /^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$|^(?:be|emp|ent|er|miss|ver|zer)\p{Ll}{2,}(?:t|en)$|^\p{Ll}{3,}end$/u
const LINKS = ['es', 's', 'en', 'n', 'er', 'e', '']

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
): { text: string; lemma: string; entry?: DictEntry }[] | undefined {
  if (depth > 3) return undefined
  for (let at = 2; at <= word.length - 3; at++) {
    const headText = upper(word.slice(at))
    const head = readingsOf(headText, dictionary).find((r) => r.entry && r.pos === 'noun')
    if (!head) continue
    const modifier = word.slice(0, at)
    for (const link of LINKS) {
      if (!modifier.endsWith(link) || modifier.length - link.length < 2) continue
      const stem = modifier.slice(0, modifier.length - link.length)
      const spellings = capitalised(stem) ? [stem, lower(stem)] : [upper(stem), stem, `${stem}en`]
      const known = spellings
        .flatMap((spelling) => dictionary.entries(spelling))
        .find((entry) => ['noun', 'verb', 'adj'].includes(entry.pos))
      const parts = known
        ? [{ text: modifier, lemma: known.lemma, entry: known }]
        : splitCompound(upper(stem), dictionary, depth + 1)?.map((part, i, all) =>
            i === all.length - 1 ? { ...part, text: part.text + link } : part,
          )
      if (parts) return [...parts, { text: word.slice(at), lemma: head.lemma, entry: head.entry }]
    }
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

/** Every reading of a word, best first; an unknown word is its own lemma, marked unknown. */
export function analyseWord(
  form: string,
  sentenceStart: boolean,
  dictionary: Dictionary,
): Analysis[] {
  // geht's, wie's: the word before the clitic "es".
  const clitic = /^(\p{L}{2,})['’]s$/u.exec(form)
  if (clitic) return analyseWord(clitic[1]!, sentenceStart, dictionary)
  // US-Präsidenten, russisch-amerikanische: the last part inflects, the rest stays.
  const hyphen = /^(.+-)(\p{L}{2,})$/u.exec(form)
  if (hyphen && !dictionary.entries(form).length && !dictionary.lemmasOfForm(form).length) {
    const [, head = '', last = ''] = hyphen
    const lastIsNoun = capitalised(last)
    return analyseWord(last, sentenceStart && !lastIsNoun, dictionary).map((analysis) => ({
      ...analysis,
      lemma: head + analysis.lemma,
      source: analysis.source === 'unknown' ? 'unknown' : 'compound',
    }))
  }
  const spellings = sentenceStart && capitalised(form) ? [form, lower(form)] : [form]
  let analyses = spellings.flatMap((spelling) => readingsOf(spelling, dictionary))
  if (!analyses.some((a) => a.source !== 'rule' || a.score >= 70) && capitalised(form)) {
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

const CLAUSE_END = /^[.,;:!?"„“”»«()–—]$/u
const SENTENCE_END = /^[.!?:]$/u

/**
 * Analyses every word of a text. Separable verbs are found clause by clause: a particle that
 * ends a clause joins a finite verb before it when the two make a verb Ding knows (stellt …
 * heraus → herausstellen), and both words get that reading first.
 */
export function lemmatizeText(text: string, dictionary: Dictionary): WordAnalysis[] {
  const words: WordAnalysis[] = []
  let sentenceStart = true
  let clause: WordAnalysis[] = []
  const closeClause = () => {
    preferParticiple(clause)
    joinSeparable(clause, dictionary)
    clause = []
  }
  for (const token of tokenize(text)) {
    if (token.kind === 'space') {
      // A line break ends a heading or a paragraph as a full stop would.
      if (token.text.includes('\n')) {
        closeClause()
        sentenceStart = true
      }
      continue
    }
    if (token.kind === 'punct') {
      if (CLAUSE_END.test(token.text)) closeClause()
      if (SENTENCE_END.test(token.text)) sentenceStart = true
      continue
    }
    const analyses =
      token.kind === 'number'
        ? [{ lemma: token.text, pos: 'num' as const, source: 'closed' as const, score: 100 }]
        : analyseWord(token.text, sentenceStart, dictionary)
    const word: WordAnalysis = { form: token.text, start: token.start, analyses, ambiguous: false }
    words.push(word)
    clause.push(word)
    sentenceStart = false
  }
  closeClause()
  genitiveNames(words)
  attributiveParticiples(words)
  for (const word of words) {
    const [first, second] = word.analyses
    word.ambiguous = Boolean(
      first && second && first.lemma !== second.lemma && first.score - second.score < 5,
    )
  }
  return words
}

const AUXILIARIES = new Set(['haben', 'sein', 'werden'])
const isAuxiliary = (word: WordAnalysis) =>
  word.analyses[0]?.source === 'closed' && word.analyses[0].pos === 'verb'

/**
 * In a clause with a form of haben, sein or werden, an uninflected participle is the verb
 * (hat … entschieden), not the adjective Ding also lists.
 */
function preferParticiple(clause: WordAnalysis[]) {
  const hasAuxiliary = clause.some((word) =>
    word.analyses.some(
      (a) => a.source === 'closed' && a.pos === 'verb' && AUXILIARIES.has(a.lemma),
    ),
  )
  if (!hasAuxiliary) return
  for (const word of clause) {
    if (!PARTICIPLE.test(word.form)) continue
    const verb = word.analyses.find((a) => a.pos === 'verb' && a.source !== 'separable')
    if (verb) word.analyses = [{ ...verb, score: 95 }, ...word.analyses.filter((a) => a !== verb)]
  }
}

/**
 * An inflected participle is an adjective only before its noun (die erklärte Absicht); with
 * no noun after it, it is the verb's past tense (er erklärte).
 */
function attributiveParticiples(words: WordAnalysis[]) {
  words.forEach((word, i) => {
    const [first] = word.analyses
    if (first?.pos !== 'adj' || first.entry?.pos !== 'verb') return
    const next = words[i + 1]
    if (next && capitalised(next.form)) return
    const verb = word.analyses.find((a) => a.pos === 'verb')
    if (verb) word.analyses = [verb, ...word.analyses.filter((a) => a !== verb)]
  })
}

/** An unknown name before a noun, ending in -s (Hertels Plan), is a genitive: the name without it. */
function genitiveNames(words: WordAnalysis[]) {
  words.forEach((word, i) => {
    const [only] = word.analyses
    const next = words[i + 1]
    if (only?.source !== 'unknown' || !/^\p{Lu}.{2,}[^sßxz]s$/u.test(word.form)) return
    if (next && capitalised(next.form) && next.analyses[0]?.pos === 'noun')
      word.analyses = [{ ...only, lemma: word.form.slice(0, -1) }]
  })
}

// Coordinated main clauses share one clause here (… fliegen … und räumen … auf): a particle
// at the end belongs to the verb after the last of these, when there is one.
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern', 'denn'])

function joinSeparable(clause: WordAnalysis[], dictionary: Dictionary) {
  const last = clause[clause.length - 1]
  if (!last || clause.length < 2) return
  const particle = last.form.toLowerCase()
  if (!(SEPARABLE_PARTICLES as readonly string[]).includes(particle)) return
  const candidates = (words: WordAnalysis[]) =>
    words
      .filter((word) => !capitalised(word.form) || word === clause[0])
      // Auxiliaries and modals last: "hat … an" is rarely "anhaben".
      .sort((a, b) => Number(isAuxiliary(a)) - Number(isAuxiliary(b)))
  const before = clause.slice(0, -1)
  const coordinator = before.findLastIndex((word) => COORDINATORS.has(word.form.toLowerCase()))
  const nearest = coordinator >= 0 ? candidates(before.slice(coordinator + 1)) : []
  for (const verb of [...nearest, ...candidates(before).filter((w) => !nearest.includes(w))]) {
    const form = lower(verb.form)
    const infinitives = [
      ...dictionary
        .lemmasOfForm(`${form} ${particle}`)
        .map((lemma) => lemma.slice(particle.length)),
      ...verb.analyses.filter((a) => a.pos === 'verb').map((a) => a.lemma),
    ]
    for (const infinitive of infinitives) {
      const lemma = particle + infinitive
      const entry = dictionary.entries(lemma).find((e) => e.pos === 'verb')
      if (!entry) continue
      const reading: Analysis = { lemma, pos: 'verb', source: 'separable', score: 98, entry }
      verb.analyses = [reading, ...verb.analyses.filter((a) => a.lemma !== lemma)]
      last.analyses = [reading, ...last.analyses.filter((a) => a.lemma !== lemma)]
      return
    }
  }
}
