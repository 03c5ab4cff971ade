/**
 * Ding's labels in square brackets, sorted by what they say about a sense. A subject field
 * ("[jur.]") after the last of a list of synonyms is said once for all of them; a region,
 * register or period ("[Schw.]", "[ugs.]", "[veraltend]") only of the synonym it follows.
 */

/** Regions, registers and periods: labels of one synonym, never of its whole list. */
const USAGE_LABELS = new Set([
  // Regions (Germany-wide "Dt." is no restriction for a reader of German texts).
  ...['Ös.', 'Westös.', 'Ostös.', 'Wien', 'Tirol', 'Vorarlberg', 'Schw.', 'Lie.', 'Lux.'],
  ...['Norddt.', 'Süddt.', 'Mitteldt.', 'Westdt.', 'Ostdt.', 'Mittelwestdt.', 'Mittelostdt.'],
  ...['Nordostdt.', 'Nordwestdt.', 'Südwestdt.', 'Ostmitteldt.', 'Südtirol', 'Bayr.', 'BW'],
  ...['Sachsen', 'Berlin', 'Franken', 'Pfalz', 'Baden', 'Württemberg', 'Westfalen'],
  // Registers.
  ...['ugs.', 'geh.', 'pej.', 'humor.', 'poet.', 'vulg.', 'derb', 'iron.', 'euphem.', 'slang'],
  ...['Jägersprache', 'Kindersprache', 'Jugendsprache', 'Sprw.', 'übtr.', 'auch übtr.'],
  // Periods and rarity.
  ...['veraltet', 'veraltend', 'alt', 'altertümlich', 'altertümelnd', 'obs.', 'selten'],
  'frühere Bezeichnung',
])

/**
 * Labels that leave a sense as likely as a plain one: fields of everyday life, Germany as a
 * region, and notes on grammar. Every other label (a special field, a region, a register, a
 * period) puts its sense after the plain ones.
 */
const PLAIN_LABELS = new Set([
  ...['cook.', 'cook', 'telco.', 'telco', 'transp.', 'school', 'school.', 'sport', 'soc.'],
  ...['auto', 'Dt.', 'tm', 'kein Plural', 'nachgestellt'],
  ...['in Zusammensetzungen', 'meist in Zusammensetzungen'],
])

/** Whether a label, after a list of synonyms, is said of all of them. */
export const sharedByList = (label: string) => !USAGE_LABELS.has(label)

/** Whether a German-side label puts its sense after the plain ones. */
export const restricts = (label: string) => !PLAIN_LABELS.has(label)

/** English-side labels a gloss keeps its place with: both are English a reader knows. */
const ENGLISH_VARIETIES = new Set(['Br.', 'Am.', 'eBr.', 'eAm.'])

const LABEL = /\[([^\]]*)\]/gu

/** The labels in a piece of Ding's text: "Gipfel {m} [geogr.] [übtr.]" → geogr., übtr. */
export function labelsIn(text: string): string[] {
  return [...text.matchAll(LABEL)].map((match) => match[1]!.trim())
}

/** A piece of Ding's text without its labels. */
export const withoutLabels = (text: string) => text.replace(LABEL, ' ')

/**
 * Whether an English gloss has a label other than an English variety ("viand [archaic]",
 * "to buzz sb. [coll.]"): it goes after the glosses without one.
 */
export const restrictedGloss = (gloss: string) =>
  labelsIn(gloss).some((label) => !ENGLISH_VARIETIES.has(label))
