import type { PartOfSpeech } from '@/lib/vocabulary/grammar'

type Closed = [lemma: string, pos: PartOfSpeech]

/**
 * Function words and the irregular forms of the commonest verbs: a closed set that a rule
 * would only get wrong, and that Ding lists poorly (it has "der" once, not "dem" or "des").
 */
const table: Record<string, Closed[]> = {}
function add(lemma: string, pos: PartOfSpeech, forms: string) {
  for (const form of forms.split(' ')) (table[form] ??= []).push([lemma, pos])
}

add('der', 'art', 'der die das des dem den')
add('ein', 'art', 'ein eine einen einem einer eines')
add('kein', 'art', 'kein keine keinen keinem keiner keines')
add('der', 'pron', 'der die das dessen deren denen dem den')
add('ich', 'pron', 'ich mich mir meiner')
add('du', 'pron', 'du dich dir deiner')
add('er', 'pron', 'er ihn ihm seiner')
add('sie', 'pron', 'sie ihr ihrer ihnen')
add('Sie', 'pron', 'Sie Ihnen Ihrer')
add('es', 'pron', 'es')
add('wir', 'pron', 'wir uns unser')
add('ihr', 'pron', 'ihr euch euer')
add('sich', 'pron', 'sich')
add('man', 'pron', 'man')
for (const stem of ['mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'Ihr'])
  add(stem, 'pron', ['', 'e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending).join(' '))
add('unser', 'pron', 'unsre unsren unsrem unsrer unsres')
add('euer', 'pron', 'eure euren eurem eurer eures')
for (const stem of ['dies', 'jen', 'welch', 'jed', 'manch', 'solch'])
  add(`${stem}er`, 'pron', ['e', 'en', 'em', 'er', 'es'].map((ending) => stem + ending).join(' '))
// ander and derselbe decline like adjectives; their lemma is the dictionary form (ander as
// in "nichts anderes", "die anderen").
add('ander', 'pron', 'andere anderen anderem anderer anderes')
add('derselbe', 'pron', 'derselbe dieselbe dasselbe desselben demselben denselben')
add('all', 'pron', 'all alle allen allem aller alles')
add('beide', 'pron', 'beide beiden beider beides')
add('etwas', 'pron', 'etwas')
add('nichts', 'pron', 'nichts')
add('jemand', 'pron', 'jemand jemanden jemandem')
add('niemand', 'pron', 'niemand niemanden niemandem')
add('wer', 'pron', 'wer wen wem wessen')
add('was', 'pron', 'was')
add('im', 'contraction', 'im')
for (const form of [
  'am',
  'ans',
  'aufs',
  'beim',
  'durchs',
  'fürs',
  'hinterm',
  'ins',
  'ums',
  'unterm',
  'vom',
  'vorm',
  'zum',
  'zur',
  'überm',
])
  add(form, 'contraction', form)
add(
  'sein',
  'verb',
  'bin bist ist sind seid war warst waren wart gewesen sei seist seiest seien seiet wäre wärst wärest wären wäret',
)
add(
  'haben',
  'verb',
  'habe hast hat habt hatte hattest hatten hattet gehabt hätte hättest hätten hättet',
)
add(
  'werden',
  'verb',
  'werde wirst wird werdet wurde wurdest wurden wurdet geworden worden würde würdest würden würdet',
)
add(
  'können',
  'verb',
  'kann kannst könnt konnte konntest konnten konntet gekonnt könne könnte könnten',
)
add(
  'müssen',
  'verb',
  'muss musst müsst musste musstest mussten musstet gemusst müsse müsste müssten',
)
add('dürfen', 'verb', 'darf darfst dürft durfte durftest durften gedurft dürfe dürfte dürften')
add('sollen', 'verb', 'soll sollst sollt sollte solltest sollten gesollt solle')
add('wollen', 'verb', 'will willst wollt wollte wolltest wollten gewollt wolle')
add(
  'mögen',
  'verb',
  'mag magst mögt mochte mochtest mochten gemocht möge möchte möchtest möchten möchtet',
)
add('wissen', 'verb', 'weiß weißt wisst wusste wusstest wussten gewusst wisse wüsste wüssten')
add('zu', 'particle', 'zu')
add('nicht', 'particle', 'nicht')

/** The closed-class readings of a form (case-sensitive, as written or lowercased). */
export function closedClass(form: string): readonly Closed[] {
  return Object.hasOwn(table, form) ? table[form]! : []
}

/** The forms the table lists for a lemma (solcher: solche, solchen, …). */
export function closedForms(lemma: string): readonly string[] {
  formsByLemma ??= Object.keys(table).reduce((byLemma, form) => {
    for (const [listed] of table[form]!) byLemma.set(listed, [...(byLemma.get(listed) ?? []), form])
    return byLemma
  }, new Map<string, string[]>())
  return formsByLemma.get(lemma) ?? []
}
let formsByLemma: Map<string, string[]> | undefined

/** Separable verb particles, longest first, so "heraus" is tried before "her". */
export const SEPARABLE_PARTICLES = [
  'zurück',
  'zusammen',
  'vorbei',
  'weiter',
  'wieder',
  'heraus',
  'herein',
  'hinaus',
  'hinein',
  'herum',
  'voran',
  'voraus',
  'hervor',
  'hinzu',
  'heran',
  'herab',
  'hinab',
  'hinauf',
  'herauf',
  'entgegen',
  'fort',
  'fest',
  'frei',
  'hoch',
  'los',
  'weg',
  'teil',
  'statt',
  'her',
  'hin',
  'dar',
  'nach',
  'vor',
  'auf',
  'aus',
  'ein',
  'mit',
  'bei',
  'ab',
  'an',
  'zu',
  'um',
  'durch',
  'über',
  'unter',
] as const

/**
 * Adverbs that make separable verbs too, though the lexicon is not built with them: empor,
 * nieder, and the shortened da-adverbs of spoken German (drauf kommen = draufkommen).
 */
export const ADVERB_PARTICLES = ['empor', 'nieder', 'umher', 'drauf', 'dran'] as const

/**
 * Particles that join almost any verb with their own meaning (weiter = go on, zurück = back,
 * directions): a split verb with one is read even where no dictionary lists the compound
 * (nähte … weiter), glossed by its base verb.
 */
export const PRODUCTIVE_PARTICLES = [
  // Not zusammen: at a clause's end it is most often "together" (kochen … zusammen).
  ...['weiter', 'fort', 'empor', 'nieder', 'umher', 'zurück', 'vorbei'],
  ...['heran', 'herab', 'herauf', 'herum', 'hinauf', 'hinab', 'hinein', 'hinaus', 'herein'],
] as const

/** Prefixes that never separate and take no ge- in the participle (verkauft, bestellt). */
export const INSEPARABLE_PREFIXES = ['be', 'emp', 'ent', 'er', 'ge', 'miss', 'ver', 'zer'] as const
