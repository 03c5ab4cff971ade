/**
 * Pronominal adverbs (darüber, dazu, womit, wobei): da- or wo- and a preposition, with an -r-
 * before a vowel. They stand for the preposition and a pronoun, so their English is the
 * preposition's with "it" (da-) or "which" (wo-): darüber reden, "talk about it"; strich das
 * Mus darüber, "spread it over it"; wobei, "with which, whereby". Ding lists them thinly
 * ("darüber: across, over"), and a closed set of words is better glossed by a rule.
 */

/**
 * The English of each preposition that forms pronominal adverbs, its commonest senses
 * first, as a grammar gives them.
 */
const PREPOSITION_SENSES: Readonly<Record<string, readonly string[]>> = {
  an: ['at', 'on'],
  auf: ['on', 'onto'],
  aus: ['out of', 'from'],
  bei: ['with', 'by'],
  durch: ['through', 'by'],
  für: ['for'],
  gegen: ['against'],
  hinter: ['behind'],
  in: ['in', 'into'],
  mit: ['with'],
  nach: ['after'],
  neben: ['beside', 'next to'],
  über: ['over', 'about', 'above'],
  um: ['around', 'about'],
  unter: ['under', 'among'],
  von: ['of', 'from', 'about'],
  vor: ['before', 'in front of'],
  zu: ['to', 'for'],
  zwischen: ['between'],
}

/** The pronoun each prefix stands for. */
const PRONOUNS = { da: 'it', wo: 'which' } as const

const PRONOMINAL = /^(da|wo)(r?)(\p{Ll}+)$/u
const VOWEL_START = /^[aeiouäöü]/u

/**
 * The senses of a pronominal adverb, one a preposition's sense ("over it", "about it",
 * "above it"), or none when the word is not one (dabei is, damals is not).
 */
export function pronominalSenses(lemma: string): string[] {
  const match = PRONOMINAL.exec(lemma)
  if (!match) return []
  const [, prefix, linking, preposition] = match as unknown as [string, 'da' | 'wo', string, string]
  const senses = PREPOSITION_SENSES[preposition]
  // The -r- goes exactly before a vowel: darauf, dabei; not daauf, darbei.
  if (!senses || (linking === 'r') !== VOWEL_START.test(preposition)) return []
  return senses.map((sense) => `${sense} ${PRONOUNS[prefix]}`)
}
