import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'
import { labelsIn, sharedByList } from './labels'

/** What one line of Ding's list says a headword means. */
export interface DingSense {
  /** English glosses in Ding's order, each with the labels that end it: "to ring sb. [Br.]". */
  glosses: string[]
  /**
   * The labels the German side gives the headword in this line: its own ("anläuten [Westös.]")
   * and those ending the line's list of synonyms, which Ding puts once for all ("[jur.]").
   */
  labels: string[]
  /**
   * 1 + how many later sub-entries of the line name the headword (its compounds, examples
   * and forms: "Güterzug", "im Zug sitzen"). Ding writes out the everyday sense of a word
   * (Zug, train) and leaves a rare one bare (lineament); the count leaves out what a line
   * says about its other headwords ("Tarif" in "Tarifmodell; Tarif; Satz").
   */
  size: number
}

/** One headword of Ding's list, with what one line says it means. */
export interface DingHeadword {
  lemma: string
  pos: PartOfSpeech
  gender?: Gender
  /**
   * Where the headword stands in its line: 0 when it opens the line, higher as a later
   * synonym or sub-entry, and higher still with an object placeholder ("jdm. helfen").
   */
  rank: number
  plural?: string
  sense: DingSense
}

/** What one line of Ding's list says: headwords, and inflected forms pointing to them. */
export interface DingLine {
  headwords: DingHeadword[]
  /** Inflected form → lemma; a separated verb form is "stellt heraus". */
  forms: [form: string, lemma: string][]
}

const POS_TAGS: Record<string, PartOfSpeech> = {
  vt: 'verb',
  vi: 'verb',
  vr: 'verb',
  v: 'verb',
  adj: 'adj',
  adv: 'adv',
  prp: 'prep',
  conj: 'conj',
  pron: 'pron',
  ppron: 'pron',
  'relativ.pron': 'pron',
  'pron interrog': 'pron',
  art: 'art',
  num: 'num',
  interj: 'intj',
  Partikel: 'particle',
}
const SINGLE_WORD = /^\p{L}[\p{L}'’-]*$/u
const GENDERS: Record<string, Gender> = { m: 'm', f: 'f', n: 'n', pl: 'pl' }

/** Splits on `sep` outside (), [], {}: "a {prp; +Dat.}; b" → ["a {prp; +Dat.}", "b"]. */
export function splitOutside(text: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '(' || c === '[' || c === '{') depth++
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1)
    else if (depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i))
      start = i + sep.length
      i += sep.length - 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter(Boolean)
}

/**
 * A piece of Ding's text without its notes in brackets: a label inside a note belongs to the
 * note ("Rost {m} (Eisen, auch [bot.])": rust is no botanist's word).
 */
const withoutNotes = (text: string) => text.replace(/\([^)]*\)/gu, ' ')

/** A synonym's text without annotations, and its first tag: "Gipfel {m} [geogr.]" → Gipfel, m. */
function readSynonym(raw: string): { text: string; tag?: string; labels: string[] } {
  const tag = /\{([^}]*)\}/u.exec(raw)?.[1]?.trim()
  const text = raw
    .replace(/\{[^}]*\}/gu, ' ')
    // A label inside an alternative ("behaviour [Br.]/behavior [Am.]") leaves no gap.
    .replace(/\s*\[[^\]]*\](?=\/)/gu, '')
    .replace(/\[[^\]]*\]/gu, ' ')
    .replace(/\([^)]*\)/gu, ' ')
    // Abbreviations: "Million {f} /Mio./".
    .replace(/(?:^|\s)\/[^/\s][^/]*\/(?=\s|$)/gu, ' ')
    // Where a phrasal verb's object goes ("to ring up <> sb."), and other spellings ("<weely>").
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  return { text, tag, labels: labelsIn(withoutNotes(raw)) }
}

/**
 * The labels Ding puts once after a list of synonyms, for all of them: the subject fields
 * after the last synonym's tag ("Gericht {n}; Gerichtshof {m} [jur.]"; "anklingeln [ugs.]
 * {vt} [telco.]"), not a region or register, which is the last synonym's alone.
 */
function sharedLabels(subEntry: string): string[] {
  const last = splitOutside(subEntry, ';').at(-1) ?? ''
  const afterTag = last.lastIndexOf('}')
  return afterTag < 0 ? [] : labelsIn(withoutNotes(last.slice(afterTag))).filter(sharedByList)
}

function posOf(tag: string | undefined): { pos: PartOfSpeech; gender?: Gender } | undefined {
  if (!tag) return undefined
  const first = tag.split(/[;,]/u)[0]!.trim()
  const gender = GENDERS[first]
  if (gender) return { pos: 'noun', gender }
  const pos = POS_TAGS[first] ?? POS_TAGS[tag]
  return pos ? { pos } : undefined
}

/**
 * English glosses of a sub-entry, in Ding's order: annotations dropped but for the labels
 * that end a gloss ("to walk [Br.]"), which say where or when it is said; duplicates dropped.
 */
export function glossesOf(english: string): string[] {
  const glosses = new Map<string, string>()
  for (const raw of splitOutside(english, ';')) {
    const { text } = readSynonym(raw)
    const ending = /(?:\s*(?:\[[^\]]*\]|\{[^}]*\}|\([^)]*\)))+\s*$/u.exec(raw)?.[0] ?? ''
    // The labels of alternatives ("[Br.]/… [Am.]") are the alternatives', not the gloss's.
    const labels = /\]\//u.test(raw) ? [] : labelsIn(ending)
    if (text && !glosses.has(text))
      glosses.set(text, [text, ...labels.map((label) => `[${label}]`)].join(' '))
  }
  return [...glosses.values()]
}

const PRONOUNS = String.raw`(?:ich|du|er|sie|es|wir|ihr|man)(?:/(?:ich|du|er|sie|es|wir|ihr|man))*`
const AUXILIARIES = String.raw`(?:ist|hat|war|hatte|sind|haben|waren|hatten)(?:/(?:ist|hat|war|hatte|sind|haben|waren|hatten))*`
const VERB_FORM = new RegExp(
  String.raw`^(?:${PRONOUNS}\s+)?(?:${AUXILIARIES}\s+)?(?:sich\s+)?(\p{Ll}[\p{L}-]*)(?:\s+sich)?(?:\s+(\p{Ll}+))?$`,
  'u',
)

/** A verb form sub-entry's form and particle: "er/sie stellt heraus" → stellt, heraus. */
export function readVerbForm(text: string): { form: string; particle?: string } | undefined {
  const match = VERB_FORM.exec(text)
  if (!match) return undefined
  return { form: match[1]!, ...(match[2] ? { particle: match[2] } : {}) }
}

// "an etw. erinnern", "jdm. etw. geben": the verb is the last word once its objects go.
const OBJECTS =
  /(?:\b(?:an|auf|aus|bei|für|gegen|in|mit|nach|über|um|von|vor|zu|zwischen)\s+)?\b(?:jdn|jdm|jds|etw)\.(?:\/(?:jdn|jdm|jds|etw)\.)*\s*/gu

/** A verb headword without its object placeholders: "sich an etw. erinnern" → "sich erinnern". */
export function withoutObjects(text: string): string {
  return text.replace(OBJECTS, '').replace(/\s+/gu, ' ').trim()
}

/**
 * A noun headword without the possessor Ding writes before it ("jds. Alter {n}", someone's
 * age): the noun itself is the headword, and its plain sense.
 */
const withoutPossessor = (text: string) => text.replace(/^jds\.\s+/u, '')
const withoutEnglishPossessor = (gloss: string) => gloss.replace(/^(?:sb|sth)\.['’]s\s+/u, '')

/**
 * Whether a sub-entry read as a verb form can be one: it begins as its verb does (ging,
 * gehen; gegangen; stellt heraus, herausstellen), so an example word that happens to follow
 * a verb ("insbesondere") is not taken for its form.
 */
function plausibleForm(read: { form: string; particle?: string }, lemma: string): boolean {
  const base =
    read.particle && lemma.startsWith(read.particle) ? lemma.slice(read.particle.length) : lemma
  return read.form[0] === base[0] || read.form.startsWith('ge')
}

/**
 * How many sub-entries name a headword, in any case and inside compounds: "Zug" in
 * "Güterzug"; a verb by its stem, "anruf" in "anrufend", "jdn. anrufen".
 */
function mentions(subEntries: readonly string[], lemma: string, pos: PartOfSpeech): number {
  const name = (pos === 'verb' ? lemma.replace(/e?n$/u, '') : lemma).toLowerCase()
  return subEntries.filter((subEntry) => subEntry.toLowerCase().includes(name)).length
}

/** Reads one line of Ding's `de-en` list; comments and malformed lines give nothing. */
export function parseDingLine(line: string): DingLine {
  const empty: DingLine = { headwords: [], forms: [] }
  if (line.startsWith('#')) return empty
  const halves = line.split(' :: ')
  if (halves.length !== 2) return empty
  const german = splitOutside(halves[0]!, ' | ')
  const english = splitOutside(halves[1]!, ' | ')
  if (german.length === 0 || german.length !== english.length) return empty

  const headwords: DingHeadword[] = []
  const forms: DingLine['forms'] = []
  // The sub-entry before, synonym by synonym (undefined where a synonym is no headword, as
  // "an Gewicht verlieren"), for the plurals and verb forms that follow it.
  let previous: (DingHeadword | undefined)[] = []
  german.forEach((subEntry, index) => {
    const synonyms = splitOutside(subEntry, ';').map(readSynonym)
    const glosses = glossesOf(english[index]!)
    const shared = sharedLabels(subEntry)
    // Ding tags a list of synonyms once, on the last: "vorausschicken; einleitend sagen {vt}".
    let carried: string | undefined
    const withTags = [...synonyms].reverse().map((synonym) => {
      if (synonym.tag) carried = synonym.tag
      return synonym.tag || !carried || posOf(carried)?.pos === 'noun'
        ? synonym
        : { ...synonym, tag: carried }
    })
    const tagged = withTags.reverse().map((synonym) => ({ ...synonym, kind: posOf(synonym.tag) }))
    const allPlural = tagged.every((s) => s.kind?.gender === 'pl')
    const nouns = previous.some((h) => h?.pos === 'noun')
    if (allPlural && nouns && previous.length === synonyms.length) {
      tagged.forEach((synonym, i) => {
        const singular = previous[i]
        if (singular?.pos !== 'noun') return
        singular.plural ??= synonym.text
        if (synonym.text !== singular.lemma) forms.push([synonym.text, singular.lemma])
      })
      return
    }
    // Verb forms: as many as the headwords, or fewer ("er/sie nimmt ab" for the first).
    const verbs = previous.some((h) => h?.pos === 'verb')
    if (tagged.every((s) => !s.kind) && verbs && synonyms.length <= previous.length) {
      const read = tagged.map((s) => readVerbForm(withoutObjects(s.text)))
      if (read.every((r) => r !== undefined)) {
        read.forEach((r, i) => {
          const verb = previous[i]
          if (verb?.pos !== 'verb' || !plausibleForm(r, verb.lemma)) return
          const form = r.particle ? `${r.form} ${r.particle}` : r.form
          if (form !== verb.lemma) forms.push([form, verb.lemma])
        })
        return
      }
    }
    const found = tagged.map((synonym, position): DingHeadword | undefined => {
      const text =
        synonym.kind?.pos === 'verb'
          ? withoutObjects(synonym.text)
          : synonym.kind?.pos === 'noun'
            ? withoutPossessor(synonym.text)
            : synonym.text
      const lemma = text.replace(/^sich /u, '')
      // Single words only: phrases and idioms are the curated vocabulary's business.
      if (!synonym.kind || !SINGLE_WORD.test(lemma) || glosses.length === 0) return undefined
      return {
        lemma,
        pos: synonym.kind.pos,
        ...(synonym.kind.gender ? { gender: synonym.kind.gender } : {}),
        // An object placeholder ("jdm. helfen") marks a construction, not the plain sense.
        rank:
          index * 10 + position + (synonym.kind.pos === 'verb' && text !== synonym.text ? 5 : 0),
        sense: {
          // Its English says "sb.'s age" where the German had the possessor: "age".
          glosses:
            synonym.kind.pos === 'noun' && text !== synonym.text
              ? glosses.map(withoutEnglishPossessor)
              : glosses,
          labels: [...new Set([...synonym.labels, ...shared])],
          size: 1 + mentions(german.slice(index + 1), lemma, synonym.kind.pos),
        },
      }
    })
    const kept = found.filter((headword) => headword !== undefined)
    headwords.push(...kept)
    previous = kept.length > 0 ? found : []
  })
  return { headwords, forms }
}
