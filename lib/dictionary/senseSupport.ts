import { splitOutside } from './ding'
import { stem } from './senseInContext'
import { wordsOf } from './rankSenses'

/**
 * How many of a dictionary's sub-entries, anywhere in it, use a German word in a sense: the
 * German side names the word (in any case, inside compounds and derivations too: "rost" in
 * "Rostschutz", "rostig") and the English side has every word of one of the sense's glosses
 * ("rust" in "rust protection", "rusty" by its stem). Ding writes out a word's everyday
 * sense in many entries besides its own line (Absatz, sales: Absatzmarkt, Absatzzahlen,
 * Absatzförderung …) and a rare one in few (heel), so this counts how much of the language
 * uses the sense, as far as one dictionary can tell.
 */
export type SenseSupport = (name: string, glosses: readonly string[]) => number

/** How a headword is found inside other words: lower case, a verb by its stem (zunehm-). */
export function supportName(lemma: string, verb: boolean): string {
  return (verb ? lemma.replace(/e?n$/u, '') : lemma).toLowerCase()
}

/**
 * Whether a word of the text starts with the name: a compound or derivation it begins
 * (Satzbau, rostig), not one that only ends in it (Einsatz, Ersatz, bemerken for merken),
 * whose sense is mostly another.
 */
function namesWordStart(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (at === 0 || !/\p{L}/u.test(text[at - 1]!)) return true
  return false
}

/** A text's three-letter pieces (none in a shorter text). */
function trigramsOf(text: string): string[] {
  const grams: string[] = []
  for (let i = 0; i + 3 <= text.length; i++) grams.push(text.slice(i, i + 3))
  return grams
}

/** Builds the counter over the lines of Ding's list (`German :: English`, ` | ` between sub-entries). */
export function senseSupport(lines: readonly string[]): SenseSupport {
  const german: string[] = []
  const english: Set<string>[] = []
  const postings = new Map<string, number[]>()
  // German trigrams to sub-entries: a name's rarest trigram narrows the search first.
  const trigrams = new Map<string, number[]>()
  for (const line of lines) {
    const halves = line.split(' :: ')
    if (line.startsWith('#') || halves.length !== 2) continue
    const de = splitOutside(halves[0]!, ' | ')
    const en = splitOutside(halves[1]!, ' | ')
    if (de.length !== en.length) continue
    de.forEach((subEntry, i) => {
      const id = german.length
      const lower = subEntry.toLowerCase()
      german.push(lower)
      for (const gram of new Set(trigramsOf(lower))) {
        const list = trigrams.get(gram)
        if (list) list.push(id)
        else trigrams.set(gram, [id])
      }
      const stems = new Set((en[i]!.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem))
      english.push(stems)
      for (const s of stems) {
        const list = postings.get(s)
        if (list) list.push(id)
        else postings.set(s, [id])
      }
    })
  }
  return (name, glosses) => {
    const found = new Set<number>()
    const grams = trigramsOf(name).map((gram) => trigrams.get(gram) ?? [])
    for (const gloss of glosses) {
      const stems = [...new Set(wordsOf(gloss).map(stem))]
      if (stems.length === 0) continue
      // Walk the shortest list of sub-entries, then check the others' words in place.
      const lists = [...grams, ...stems.map((s) => postings.get(s) ?? [])]
      const shortest = lists.reduce((a, b) => (b.length < a.length ? b : a))
      for (const id of shortest)
        if (namesWordStart(german[id]!, name) && stems.every((s) => english[id]!.has(s)))
          found.add(id)
    }
    return found.size
  }
}
