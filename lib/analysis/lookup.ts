import { ADVERB_PARTICLES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import type { DictionaryIndex, IndexEntry } from '@/lib/dictionary/build'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import { excerptIndex, type MorphExcerpt } from '@/lib/morphology/format'
import { morphologyOf, type Morphology } from '@/lib/morphology/morphology'

/** A lookup request names at most this many words; a longer text asks in several. */
export const MAX_LOOKUP_WORDS = 800
/**
 * A request's word list stays below this many characters once URL-encoded, inside the
 * 8 KB request line common servers and proxies accept. Most 1,000-word texts ask in one
 * request, so the particles and the verbs they make are sent once.
 */
export const MAX_LOOKUP_URL = 7000

// What the lookup route accepts as a word: letters, with inner apostrophes and hyphens.
const LOOKUP_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]{0,79}$/u
/** LOOKUP_WORD's longest word, in code points. */
const LOOKUP_WORD_LENGTH = 80

/** A letter of Latin-1 (A–Z, a–z, À–ÿ but × and ÷): a letter LOOKUP_WORD accepts anywhere. */
const isLatinLetter = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)

/**
 * Whether the lookup route accepts this word. Most German words are Latin-1 letters alone,
 * told by their codes; others go to the Unicode pattern, which took some 60 µs for a request's
 * 400 words, a tenth of a warm answer's time in the lookup thread.
 */
export function isLookupWord(word: string): boolean {
  if (word.length > 0 && word.length <= LOOKUP_WORD_LENGTH) {
    let letters = true
    for (let i = 0; letters && i < word.length; i++) letters = isLatinLetter(word.charCodeAt(i))
    if (letters) return true
  }
  return LOOKUP_WORD.test(word)
}

/**
 * The words a lookup request's query string names (`w=Häuser,ging`: distinct, NFC, trimmed),
 * or why the route refuses it. Read by the lookup threads, not by the server's main thread: a
 * request's query is some 4 KB of percent-escapes, and the main thread has Next's own work.
 */
export function lookupWords(query: string): { words: string[] } | { refused: string } {
  const raw = new URLSearchParams(query).get('w') ?? ''
  // Normalised whole: NFC composes nothing across a comma, so this is each word's NFC.
  const words = [
    ...new Set(
      raw
        .normalize('NFC')
        .split(',')
        .map((word) => word.trim()),
    ),
  ].filter(Boolean)
  if (words.length === 0) return { refused: 'no words: ask with ?w=word,word' }
  if (words.length > MAX_LOOKUP_WORDS)
    return { refused: `too many words: at most ${MAX_LOOKUP_WORDS} per request` }
  const bad = words.find((word) => !isLookupWord(word))
  if (bad !== undefined) return { refused: `not a word: ${JSON.stringify(bad.slice(0, 80))}` }
  return { words }
}

const PARTICLES = new Set<string>([...SEPARABLE_PARTICLES, ...ADVERB_PARTICLES])

/**
 * The lookup requests a text needs: its distinct words the route accepts, sorted (so the
 * same text asks the same URLs, which caches can answer), in batches the route allows.
 * Every batch also names the text's separable particles: a verb is looked up with the
 * particles it may join in this text (lud with ein), and with no others.
 */
export function lookupBatches(words: Iterable<string>): string[][] {
  // F-35-Kampfjets is not a lookup word, but its parts are what the engine asks about.
  const parts = [...words].flatMap((word) =>
    isLookupWord(word) ? [word] : word.split(/[-'’]/u).filter(isLookupWord),
  )
  const accepted = [...new Set(parts)].sort()
  const particles = accepted.filter((word) => PARTICLES.has(word))
  const others = accepted.filter((word) => !PARTICLES.has(word))
  // Each word's encoded length, with the encoded comma ("%2C") that follows it.
  const cost = (word: string) => encodeURIComponent(word).length + 3
  const particleCost = particles.reduce((sum, word) => sum + cost(word), 0)
  const batches: string[][] = []
  let batch: string[] = []
  let length = particleCost
  for (const word of others) {
    const full =
      batch.length + particles.length >= MAX_LOOKUP_WORDS || length + cost(word) > MAX_LOOKUP_URL
    if (batch.length > 0 && full) {
      batches.push([...batch, ...particles].sort())
      batch = []
      length = particleCost
    }
    batch.push(word)
    length += cost(word)
  }
  if (batch.length > 0 || particles.length > 0) batches.push([...batch, ...particles].sort())
  return batches
}

export const lookupPath = (words: readonly string[]) =>
  `/api/dictionary?w=${encodeURIComponent(words.join(','))}`

/**
 * The lookup answers' format. Books keep their lookups as answered: a book whose stored
 * lookups are of another format has them fetched again (see lookupsFromText).
 */
export const LOOKUP_FORMAT = 2

/**
 * What the lookup route answers (see lookupAnswers): the parts of the dictionary and the
 * lexicon a request's words need, each headword, form and lexeme once, in no set order.
 */
export interface LookupExcerpt extends Pick<DictionaryIndex, 'entries' | 'forms'> {
  format: typeof LOOKUP_FORMAT
  /**
   * The entries of headwords the curated vocabulary glosses, cut to their first gloss: Ding's
   * entry then only glosses the word as a compound's part. A headword is in one list or the
   * other.
   */
  glossed: IndexEntry[]
  morphology: MorphExcerpt
}

/** Whether a lookup answer kept as text is of the current format. */
export const isCurrentLookup = (part: unknown): part is LookupExcerpt =>
  typeof part === 'object' &&
  part !== null &&
  (part as { format?: unknown }).format === LOOKUP_FORMAT

/** The lookups a text asked for in several requests, answering as one. */
export function lookupsOf(parts: readonly LookupExcerpt[]) {
  // Batches overlap in what they answer (two forms of one verb): each headword once, whole
  // where any batch sent it whole.
  const whole = new Set(parts.flatMap((part) => part.entries.map(([lemma]) => lemma)))
  const seen = new Set<string>()
  const entries = parts
    .flatMap((part) => [...part.entries, ...part.glossed.filter(([lemma]) => !whole.has(lemma))])
    .filter((entry) => {
      const id = JSON.stringify(entry)
      return !seen.has(id) && Boolean(seen.add(id))
    })
  const dictionary = dictionaryOf({
    entries,
    forms: Object.assign({}, ...parts.map((part) => part.forms)) as DictionaryIndex['forms'],
  })
  const lexicons = parts.map((part) => morphologyOf(excerptIndex(part.morphology)))
  const morphology: Morphology = {
    // Each request answers for its own words: the first that knows a form answers it.
    readings: (form) =>
      lexicons.map((lexicon) => lexicon.readings(form)).find((found) => found.length) ?? [],
  }
  return { dictionary, morphology }
}
