// The sources mix spellings from before and after the 1996 reform (wußte beside gewusst, Fluß
// beside Fluss). The index keeps today's; old ones are read through lib/morphology/spelling.

const VOWELS = 'aeiouäöüy'
/** Vowels that alternate within a paradigm count as one: Fluss/Flüsse, essen/isst. */
const VOWEL_CLASS: Record<string, string> = {
  a: 'a',
  ä: 'a',
  e: 'e',
  i: 'e',
  o: 'o',
  ö: 'o',
  u: 'u',
  ü: 'u',
  y: 'y',
}

const isVowel = (char: string | undefined) =>
  char !== undefined && VOWELS.includes(char.toLowerCase())

/** The class of the vowel before `at` when it stands alone (not in ei, au, ie, aa …). */
function loneVowel(word: string, at: number): string | undefined {
  if (!isVowel(word[at - 1]) || isVowel(word[at - 2])) return undefined
  return VOWEL_CLASS[word[at - 1]!.toLowerCase()]
}

/**
 * Whether the ß at `at` could be old spelling: after a lone vowel and not before a vowel, or
 * the prefix miß- (Mißerfolg, mißachten: a vowel after it begins the next part of the word).
 */
const reformable = (word: string, at: number) =>
  word[at] === 'ß' &&
  loneVowel(word, at) !== undefined &&
  (!isVowel(word[at + 1]) || (at === 2 && word.slice(0, 3).toLowerCase() === 'miß'))

/**
 * Today's spelling within one paradigm: an ß after a lone vowel and before a consonant or
 * the end becomes ss where the paradigm shows that vowel short (ss: Fluß/Flusses,
 * muß/müssen, wußte/gewusst) and nowhere long (ß before a vowel: aß/äße, Fuß/Fußes).
 */
export function modernEszett(paradigm: Iterable<string>): (form: string) => string {
  const short = new Set<string>()
  const long = new Set<string>()
  for (const form of paradigm) {
    for (let at = 1; at < form.length; at++) {
      const vowel = loneVowel(form, at)
      if (!vowel) continue
      if (form.startsWith('ss', at)) short.add(vowel)
      else if (form[at] === 'ß' && isVowel(form[at + 1])) long.add(vowel)
    }
  }
  return (form) => {
    let out = ''
    for (let at = 0; at < form.length; at++) {
      const vowel = reformable(form, at) ? loneVowel(form, at)! : undefined
      out += vowel && short.has(vowel) && !long.has(vowel) ? 'ss' : form[at]
    }
    return out
  }
}

/** The positions of a word's ß, counted among its ß only. */
function eszettOrdinals(word: string): number[] {
  const ordinals: number[] = []
  let ordinal = 0
  for (let at = 0; at < word.length; at++) {
    if (word[at] !== 'ß') continue
    if (reformable(word, at)) ordinals.push(ordinal)
    ordinal++
  }
  return ordinals
}

/** `word` with the ß of the given ordinals written ss (where that ß could be old spelling). */
function withSs(word: string, ordinals: ReadonlySet<number>): string {
  let out = ''
  let ordinal = 0
  for (let at = 0; at < word.length; at++) {
    if (word[at] !== 'ß') {
      out += word[at]
      continue
    }
    out += ordinals.has(ordinal) && reformable(word, at) ? 'ss' : 'ß'
    ordinal++
  }
  return out
}

/**
 * Old spellings among lemmas of one part of speech: a lemma with ß whose ss twin is a lemma
 * too (Fluß and Fluss, mißachten and missachten). Maps each to a function that writes its
 * forms the modern way, ß by ß as in the lemma (Großfluß: Großflüsse, Großflusses).
 */
export function oldTwins(lemmas: ReadonlySet<string>): Map<string, (form: string) => string> {
  const twins = new Map<string, (form: string) => string>()
  for (const lemma of lemmas) {
    const ordinals = eszettOrdinals(lemma)
    // Every non-empty subset of the reformable ß, fewest first: Schloßstraße → Schlossstraße.
    const subsets = Array.from({ length: 2 ** ordinals.length - 1 }, (_, mask) =>
      ordinals.filter((_, bit) => ((mask + 1) >> bit) & 1),
    ).sort((a, b) => a.length - b.length)
    for (const subset of subsets) {
      const set = new Set(subset)
      if (lemmas.has(withSs(lemma, set))) {
        twins.set(lemma, (form) => withSs(form, set))
        break
      }
    }
  }
  return twins
}

/** The two letters before an ß and the ß: what tells one stem's ß from another's (süß, Maß). */
const stemAt = (word: string, at: number) => word.slice(Math.max(0, at - 2), at + 1).toLowerCase()

/** Stems whose ß the paradigms show long, by an ß between vowels: süß (süße), maß (Maße). */
export function longEszettStems(forms: Iterable<string>): Set<string> {
  const stems = new Set<string>()
  for (const form of forms)
    for (let at = 1; at < form.length; at++)
      if (form[at] === 'ß' && isVowel(form[at + 1]) && loneVowel(form, at))
        stems.add(stemAt(form, at))
  return stems
}

/**
 * Whether a lone word is spelt the old way or the Swiss way while `known` has it in today's
 * spelling: daß (dass), nußbraun (nussbraun), zuckersüss (zuckersüß, since süße shows the
 * vowel long). A word with no paradigm has nothing else to go by.
 */
export function isOutdatedSpelling(
  word: string,
  known: ReadonlySet<string>,
  longStems: ReadonlySet<string>,
): boolean {
  for (let at = 0; at < word.length; at++) {
    if (reformable(word, at) && !longStems.has(stemAt(word, at))) {
      if (known.has(`${word.slice(0, at)}ss${word.slice(at + 1)}`)) return true
    }
    if (word.startsWith('ss', at)) {
      const eszett = `${word.slice(0, at)}ß${word.slice(at + 2)}`
      if (known.has(eszett) && longStems.has(stemAt(eszett, at))) return true
    }
  }
  return false
}
