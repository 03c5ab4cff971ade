import type { Span } from '../content/types'
import { tokenize, type Token } from '../text/tokenize'
import type { AnnotationsFile } from './schema'
import { lemmaOfKey, type Analysis, type Lexicon, type PhrasePattern } from './lexicon'

/** A word or number of the German text, with what it was matched to. */
export interface WordToken {
  kind: 'word'
  text: string
  /** Position among the block's words, 0-based: what annotations count. */
  index: number
  sentenceStart: boolean
  /** Punctuation between the previous word and this one, white space removed ("" if none). */
  punctBefore: string
  /** Key of the entry the popup shows; undefined for numbers and uncovered words. */
  entry?: string
  /** Analyses of this form relative to its lemma (empty for the lemma itself). */
  morph: string[]
  /** Numeric value of a number token, which needs no entry. */
  number?: number
  /** Ids of the units (separable verbs, phrases) this word belongs to. */
  units: number[]
}

/** Text that is not a German word: spaces, punctuation, or a run in another language. */
export interface PlainPart {
  kind: 'plain'
  text: string
  lang?: string
}

export type BlockPart = WordToken | PlainPart

export interface Unit {
  id: number
  block: number
  kind: 'separable' | 'phrase'
  entry: string
  /** Word indices in the block, in text order. */
  words: number[]
}

export interface MatchedBlock {
  number: number
  parts: BlockPart[]
}

export interface MatchedText {
  blocks: MatchedBlock[]
  units: Unit[]
  /** Words without an entry, for `vocab:check`. */
  uncovered: { block: number; word: string; index: number }[]
  /** Annotations that do not fit the text or the vocabulary. */
  problems: string[]
}

// A clause ends at punctuation (also quotes and dashes); a separable particle sits before it.
const CLAUSE_END = /^[.,;:!?"„“”»«()–—-]$/u
const SENTENCE_END = /^[.!?:]$/u
const CAPITALISED = /^\p{Lu}/u

function isCapitalised(text: string): boolean {
  return CAPITALISED.test(text)
}

/** The readings of a form: its listed forms, else itself as a lemma; then its lowercase. */
export function analysesOf(text: string, sentenceStart: boolean, lexicon: Lexicon): Analysis[] {
  const exact = (form: string): Analysis[] =>
    lexicon.forms.get(form)?.slice() ??
    (lexicon.keysByLemma.has(form) ? [{ lemma: form, morph: [] }] : [])
  const found = exact(text)
  if (isCapitalised(text) && (sentenceStart || found.length === 0)) {
    const lower = text.toLowerCase()
    if (lower !== text) found.push(...exact(lower))
  }
  return found
}

function parseTokenRef(ref: string): { text: string; occurrence: number } {
  const [text = '', occurrence = '1'] = ref.split('@')
  return { text, occurrence: Number(occurrence) }
}

function findWord(words: WordToken[], ref: string): WordToken | undefined {
  const { text, occurrence } = parseTokenRef(ref)
  return words.filter((word) => word.text === text)[occurrence - 1]
}

function separableKey(particle: string, verbLemma: string, lexicon: Lexicon): string | undefined {
  const keys = lexicon.keysByLemma.get(`${particle.toLowerCase()}${verbLemma}`) ?? []
  return keys.find((key) => {
    const entry = lexicon.entries.get(key)
    return entry?.pos === 'verb' && entry.separable === true
  })
}

interface Clause {
  words: WordToken[]
}

function clausesOf(parts: BlockPart[]): Clause[] {
  const clauses: Clause[] = [{ words: [] }]
  for (const part of parts) {
    if (part.kind === 'word') clauses[clauses.length - 1]!.words.push(part)
    else if (CLAUSE_END.test(part.text.trim()) || part.lang) clauses.push({ words: [] })
  }
  return clauses.filter((clause) => clause.words.length > 0)
}

/**
 * Splits a block into words and other text. Only runs without a `lang` are German; a word
 * starts a sentence at the block start or after . ! ? or :, whatever quotes lie between.
 */
export function splitBlock(spans: readonly Span[]): BlockPart[] {
  const parts: BlockPart[] = []
  let index = 0
  let sentenceStart = true
  let punctBefore = ''
  for (const span of spans) {
    if (span.lang) {
      parts.push({ kind: 'plain', text: span.text, lang: span.lang })
      sentenceStart = false
      punctBefore = span.text
      continue
    }
    for (const token of tokenize(span.text)) parts.push(toPart(token))
  }
  return parts

  function toPart(token: Token): BlockPart {
    if (token.kind === 'word' || token.kind === 'number') {
      const word: WordToken = {
        kind: 'word',
        text: token.text,
        index: index++,
        sentenceStart,
        punctBefore,
        morph: [],
        units: [],
      }
      if (token.kind === 'number' && /^\d+$/u.test(token.text)) word.number = Number(token.text)
      sentenceStart = false
      punctBefore = ''
      return word
    }
    if (token.kind === 'punct') {
      punctBefore += token.text
      if (SENTENCE_END.test(token.text)) sentenceStart = true
    }
    return { kind: 'plain', text: token.text }
  }
}

/**
 * Decides, for every German word of a text, which vocabulary entry it shows: forms and
 * lemmas first, then separable verbs and phrases found in the clause, then the text's own
 * annotations, which win. Pure, so the same code can run on imported texts in the browser.
 */
export function matchText(
  blocks: readonly { number: number; spans: readonly Span[] }[],
  lexicon: Lexicon,
  annotations: AnnotationsFile = { senses: [], units: [] },
): MatchedText {
  const units: Unit[] = []
  const problems: string[] = []
  const addUnit = (block: number, kind: Unit['kind'], entry: string, words: WordToken[]) => {
    const indices = words.map((w) => w.index)
    // A phrase pattern and an annotation may both find the same unit: keep one.
    const same = units.find(
      (u) => u.block === block && u.entry === entry && u.words.join() === indices.join(),
    )
    if (same) return same
    const unit: Unit = { id: units.length, block, kind, entry, words: indices }
    units.push(unit)
    for (const word of words) word.units.push(unit.id)
    return unit
  }

  const matched = blocks.map((block) => {
    const parts = splitBlock(block.spans)
    const words = parts.filter((part): part is WordToken => part.kind === 'word')
    const analyses = new Map(words.map((w) => [w, analysesOf(w.text, w.sentenceStart, lexicon)]))

    for (const word of words) {
      const reading = analyses.get(word)!.find((a) => lexicon.keysByLemma.has(a.lemma))
      if (reading) {
        word.entry = lexicon.keysByLemma.get(reading.lemma)![0]
        word.morph = reading.morph
      }
    }

    for (const clause of clausesOf(parts)) matchSeparableVerbs(block.number, clause)
    for (const pattern of lexicon.phrases) matchPhrase(block.number, words, pattern)
    applyAnnotations(block.number, words, analyses)
    return { number: block.number, parts }

    function matchSeparableVerbs(blockNumber: number, clause: Clause) {
      const last = clause.words[clause.words.length - 1]!
      clause.words.forEach((verb, position) => {
        for (const reading of analyses.get(verb)!) {
          const candidates: WordToken[] = []
          if (verb !== last) candidates.push(last)
          if (position === 1) candidates.push(clause.words[0]!)
          for (const particle of candidates) {
            const key = separableKey(particle.text, reading.lemma, lexicon)
            if (!key || particle.units.length > 0 || verb.units.length > 0) continue
            verb.entry = key
            verb.morph = reading.morph
            particle.entry = key
            particle.morph = []
            addUnit(
              blockNumber,
              'separable',
              key,
              particle === last ? [verb, last] : [particle, verb],
            )
            return
          }
        }
      })
    }
  })

  function matchPhrase(blockNumber: number, words: WordToken[], pattern: PhrasePattern) {
    if (!lexicon.entries.has(pattern.entry)) return
    for (let start = 0; start + pattern.tokens.length <= words.length; start++) {
      const run = words.slice(start, start + pattern.tokens.length)
      if (fitsPattern(run, pattern.tokens)) addUnit(blockNumber, 'phrase', pattern.entry, run)
    }
  }

  return {
    blocks: matched,
    units,
    uncovered: matched.flatMap((block) =>
      block.parts
        .filter((part): part is WordToken => part.kind === 'word')
        .filter((word) => word.entry === undefined && word.number === undefined)
        .map((word) => ({ block: block.number, word: word.text, index: word.index })),
    ),
    problems,
  }

  function applyAnnotations(
    blockNumber: number,
    words: WordToken[],
    analyses: ReadonlyMap<WordToken, Analysis[]>,
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
          // The verb is the member whose lemma ends the separable lemma: bleibt → zurückbleiben.
          const verb = analyses.get(word)!.find((a) => a.lemma !== lemma && lemma.endsWith(a.lemma))
          word.entry = unit.entry
          word.morph = verb?.morph ?? []
        }
        addUnit(blockNumber, 'separable', unit.entry, members)
      } else addUnit(blockNumber, 'phrase', unit.entry, members)
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
        if (sense.morph) word.morph = [sense.morph]
      }
    }
  }
}

/**
 * A run of words fits a phrase when each word is the pattern's token (the first one may be
 * capitalised at a sentence start) and nothing but white space lies between them, except the
 * dot of an abbreviation the pattern spells with it ("Franklin D. Roosevelt").
 */
export function fitsPattern(run: readonly WordToken[], tokens: readonly string[]): boolean {
  return run.every((word, i) => {
    const expected = tokens[i]!
    const bare = expected.length > 1 && expected.endsWith('.') ? expected.slice(0, -1) : expected
    const sameWord =
      word.text === bare || (i === 0 && word.sentenceStart && word.text.toLowerCase() === bare)
    const joiner = i > 0 && tokens[i - 1]!.endsWith('.') ? '.' : ''
    return sameWord && (i === 0 || word.punctBefore === joiner)
  })
}
