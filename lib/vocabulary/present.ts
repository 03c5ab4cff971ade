import { fill } from '../text/fill'
import type { Entry } from './schema'
import type { Gender, PartOfSpeech } from './grammar'
import { headwordOfKey, type Lexicon } from './lexicon'
import type { MatchedBlock, MatchedText, WordToken } from './match'
import { describeMorphs, type MorphLabels } from './morph'
import { germanNumberWords, looksLikeYear } from './numbers'

/** An entry as the popup shows it, every string ready in the interface language. */
export interface PopupEntry {
  /** The entry key (lemma and sense), which saving a word stores; numbers have none. */
  key?: string
  /** The headword with its article for nouns: "der Gipfel", "sich herausstellen". */
  headword: string
  pos: string
  /** Short grammar lines: genitive and plural, principal parts, case, "separable". */
  grammar: string[]
  gloss: string
  /** The English gloss, offered one action away when the interface is not English. */
  english?: string
  parts?: { part: string; gloss: string }[]
  note?: string
  /** What the entry means in this one text (curated texts only), shown as its own line. */
  textNote?: string
  example?: string
  /** Where a gloss of an imported text comes from, when not from the curated vocabulary. */
  source?: 'dictionary' | 'correction'
  /**
   * A word no source reads has this instead of a key: the key its reader's own gloss is
   * stored under (unreadKey). Its gloss is empty until the reader gives one.
   */
  unread?: string
}

/** Where the reader's gloss of a word no source reads is stored: "Risseikling#unread". */
export const unreadKey = (form: string) => `${form}#unread`

export interface PopupUnit {
  entry: number
  kind: 'separable' | 'phrase'
}

/** What one page sends to its popup: only the entries its words use, each once. */
export interface PopupData {
  entries: PopupEntry[]
  morphs: string[]
  units: PopupUnit[]
}

/**
 * A curated text's popup data as its page fetches it: with every word's reference, in the
 * order of the word spans on the page, which carry none in their HTML.
 */
export interface TextPopupData extends PopupData {
  words: WordRef[]
}

/** Where a word points into `PopupData`; data attributes on its span, in the browser. */
export interface WordRef {
  entry: number
  morph?: number
  units: number[]
  /** A second reading as likely as the first (WordToken.alternative). */
  alternative?: number
}

export interface PresentLabels {
  pos: Record<PartOfSpeech, string>
  morph: MorphLabels
  articles: Record<Gender, string>
  /** "genitive {{form}}" style templates, filled with `fill`. */
  genitive: string
  plural: string
  noPlural: string
  separable: string
  reflexive: string
  governs: string
  cases: Record<'nom' | 'acc' | 'dat' | 'gen', string>
  contraction: string
  numberReads: string
  numberGloss: string
}

function caseName(code: string, labels: PresentLabels): string {
  // "auf+acc" → "auf + accusative"; "dat" → "dative"
  return code
    .split('+')
    .map((piece) => labels.cases[piece as keyof PresentLabels['cases']] ?? piece)
    .join(' + ')
}

export function grammarLines(entry: Entry, labels: PresentLabels): string[] {
  const lines: string[] = []
  if (entry.genitive) lines.push(fill(labels.genitive, { form: entry.genitive }))
  if (entry.plural !== undefined)
    lines.push(
      entry.plural === null ? labels.noPlural : fill(labels.plural, { form: entry.plural }),
    )
  if (entry.principalParts) lines.push(entry.principalParts.join(' – '))
  const flags = [
    entry.separable ? labels.separable : undefined,
    entry.reflexive ? labels.reflexive : undefined,
  ].filter((flag) => flag !== undefined)
  if (flags.length) lines.push(flags.join(', '))
  if (entry.governs) {
    const cases = entry.governs.map((code) => caseName(code, labels)).join(` ${labels.morph.or} `)
    lines.push(fill(labels.governs, { cases }))
  }
  if (entry.contraction)
    lines.push(fill(labels.contraction, { parts: entry.contraction.join(' + ') }))
  return lines
}

/** Common nouns are shown with their article; names are not ("der Gipfel", "Putin"). */
export function headwordOf(key: string, entry: Entry, labels: PresentLabels): string {
  const headword = headwordOfKey(key)
  return entry.pos === 'noun' && entry.gender
    ? `${labels.articles[entry.gender]} ${headword}`
    : headword
}

/** How a number written in digits is read aloud: "read: zweitausendneunzehn". */
function numberReading(text: string, labels: PresentLabels): string[] {
  if (!/^\d+$/u.test(text)) return []
  const words = germanNumberWords(Number(text), { year: looksLikeYear(text) })
  return words ? [fill(labels.numberReads, { words })] : []
}

export function presentEntry(
  key: string,
  entry: Entry,
  labels: PresentLabels,
  english?: Entry,
): PopupEntry {
  const headword = headwordOf(key, entry, labels)
  return {
    key,
    headword,
    pos: labels.pos[entry.pos],
    grammar: [...grammarLines(entry, labels), ...numberReading(headword, labels)],
    gloss: entry.gloss,
    ...(english && english !== entry ? { english: english.gloss } : {}),
    ...(entry.compound ? { parts: entry.compound } : {}),
    ...(entry.note ? { note: entry.note } : {}),
    ...(entry.example ? { example: entry.example } : {}),
  }
}

/** A word no source reads: the popup says so, and an imported text's reader may gloss it. */
function presentUnread(word: WordToken): PopupEntry {
  return { headword: word.text, pos: '', grammar: [], gloss: '', unread: unreadKey(word.text) }
}

function presentNumber(word: WordToken, labels: PresentLabels): PopupEntry {
  return {
    headword: word.text,
    pos: labels.pos.num,
    grammar: numberReading(word.text, labels),
    gloss: fill(labels.numberGloss, { number: word.text }),
  }
}

/**
 * Collects what a page's popup needs from a matched text: each used entry once, the
 * analyses in words, and a reference per word for its span's data attributes.
 * `english` is the English vocabulary when the interface speaks another language;
 * `textNotes` are the text's own notes in the interface language (imported texts have none).
 */
export function buildPopupData(
  matched: MatchedText,
  lexicon: Lexicon,
  labels: PresentLabels,
  english?: Lexicon,
  textNotes?: ReadonlyMap<string, string>,
): { data: PopupData; refOf: (word: WordToken) => WordRef | undefined } {
  const data: PopupData = { entries: [], morphs: [], units: [] }
  const entryIndex = new Map<string, number>()
  const morphIndex = new Map<string, number>()

  const indexOf = <T>(index: Map<string, number>, list: T[], id: string, make: () => T) => {
    let at = index.get(id)
    if (at === undefined) {
      at = list.push(make()) - 1
      index.set(id, at)
    }
    return at
  }
  const entryRef = (key: string) =>
    indexOf(entryIndex, data.entries, key, () => {
      const entry = presentEntry(key, lexicon.entries.get(key)!, labels, english?.entries.get(key))
      const textNote = textNotes?.get(key)
      return textNote ? { ...entry, textNote } : entry
    })

  const unitRefs = matched.units.map(
    (unit) => data.units.push({ entry: entryRef(unit.entry), kind: unit.kind }) - 1,
  )
  const refs = new Map<WordToken, WordRef>()
  for (const block of matched.blocks) {
    for (const word of block.parts) {
      if (word.kind !== 'word') continue
      let entry: number
      if (word.entry !== undefined) entry = entryRef(word.entry)
      else if (word.number !== undefined)
        entry = indexOf(entryIndex, data.entries, `#${word.text}`, () =>
          presentNumber(word, labels),
        )
      else
        entry = indexOf(entryIndex, data.entries, unreadKey(word.text), () => presentUnread(word))
      const morph = word.morph.length
        ? indexOf(morphIndex, data.morphs, word.morph.join('|'), () =>
            describeMorphs(word.morph, labels.morph),
          )
        : undefined
      // Only a reading the page's lexicon has (a curated page's is the curated vocabulary).
      const alternative =
        word.alternative !== undefined && lexicon.entries.has(word.alternative)
          ? entryRef(word.alternative)
          : undefined
      refs.set(word, {
        entry,
        morph,
        units: word.units.map((id) => unitRefs[id]!),
        ...(alternative === undefined ? {} : { alternative }),
      })
    }
  }
  return { data, refOf: (word) => refs.get(word) }
}

/** A block's words as the reader renders them: each word's reference by its index. */
export interface BlockWords {
  block: MatchedBlock
  refOf: (index: number) => WordRef | undefined
  /**
   * The references travel in the popup's data (`TextPopupData.words`), so the spans are
   * rendered without them: a curated page's HTML would otherwise carry them twice, in its
   * markup and in its React payload.
   */
  refsInPopupData?: true
  /**
   * Whether a word's entry can be saved (it has a key): such a word is drawn as new (`data-s`)
   * until the reader's stored words say otherwise (the learning marks). A reader with no words
   * stored then sees the marks with the first paint, and the page changes none of them: marked
   * in the browser, 1,042 words restyled and repainted in the frames after load.
   */
  savable?: (ref: WordRef) => boolean
}

/** Whether a word's entry in this popup data can be saved (see BlockWords.savable). */
export const savableIn =
  ({ entries }: Pick<PopupData, 'entries'>) =>
  (ref: WordRef) =>
    Boolean(entries[ref.entry]?.key)

export function wordsByBlock(
  matched: MatchedText,
  refOf: (word: WordToken) => WordRef | undefined,
): Map<number, BlockWords> {
  return new Map(
    matched.blocks.map((block) => {
      const words = block.parts.filter((part) => part.kind === 'word')
      return [block.number, { block, refOf: (index: number) => refOf(words[index]!) }] as const
    }),
  )
}

/** The references of the words that get a span, in the order the spans stand. */
export function wordRefsInOrder(blocks: readonly BlockWords[]): WordRef[] {
  return blocks.flatMap(({ block, refOf }) =>
    block.parts.flatMap((part) => {
      const ref = part.kind === 'word' ? refOf(part.index) : undefined
      return ref ? [ref] : []
    }),
  )
}
