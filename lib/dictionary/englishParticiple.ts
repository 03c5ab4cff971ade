import { readSense } from './senses'
import { withoutLabels } from './labels'

/**
 * English verbs whose past participle is not -ed: the irregular verbs of everyday English
 * (a closed class of the language, not of any text).
 */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'arise arisen|awake awoken|be been|bear borne|beat beaten|become become|begin begun|' +
    'bend bent|bind bound|bite bitten|bleed bled|blow blown|break broken|breed bred|' +
    'bring brought|build built|burn burnt|buy bought|catch caught|choose chosen|' +
    'come come|cost cost|creep crept|cut cut|deal dealt|dig dug|do done|draw drawn|' +
    'drink drunk|drive driven|eat eaten|fall fallen|feed fed|feel felt|fight fought|' +
    'find found|flee fled|fly flown|forbid forbidden|forget forgotten|forgive forgiven|' +
    'freeze frozen|get got|give given|go gone|grind ground|grow grown|hang hung|have had|' +
    'hear heard|hide hidden|hit hit|hold held|hurt hurt|keep kept|know known|lay laid|' +
    'lead led|leave left|lend lent|let let|lie lain|light lit|lose lost|make made|' +
    'mean meant|meet met|pay paid|put put|quit quit|read read|ride ridden|ring rung|' +
    'rise risen|run run|say said|see seen|seek sought|sell sold|send sent|set set|' +
    'shake shaken|shed shed|shine shone|shoot shot|show shown|shrink shrunk|shut shut|' +
    'sing sung|sink sunk|sit sat|sleep slept|slide slid|speak spoken|spend spent|' +
    'spin spun|split split|spread spread|spring sprung|stand stood|steal stolen|' +
    'stick stuck|sting stung|strike struck|string strung|swear sworn|sweep swept|' +
    'swell swollen|swim swum|swing swung|take taken|teach taught|tear torn|tell told|' +
    'think thought|throw thrown|tread trodden|understand understood|wake woken|' +
    'wear worn|weave woven|weep wept|win won|wind wound|write written'
  )
    .split('|')
    .map((pair) => pair.split(' ') as [string, string]),
)

const VOWELS = /[aeiou]/u
/** Verbs of two syllables stressed on the last, which double its consonant too. */
const FINAL_STRESS = new Set(
  'begin occur prefer refer admit commit permit omit regret submit transmit control compel expel equip'.split(
    ' ',
  ),
)
/** A short stressed syllable doubles its consonant: stop → stopped, begin → beginning. */
const doubles = (verb: string) =>
  FINAL_STRESS.has(verb) || (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(verb) && !/[wxy]$/u.test(verb))

function pastParticiple(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb]
  if (verb.endsWith('e')) return `${verb}d`
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`
  return doubles(verb) ? `${verb}${verb.slice(-1)}ed` : `${verb}ed`
}

function presentParticiple(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`
  if (/[^e]e$/u.test(verb) && VOWELS.test(verb.slice(0, -1))) return `${verb.slice(0, -1)}ing`
  return doubles(verb) ? `${verb}${verb.slice(-1)}ing` : `${verb}ing`
}

/**
 * An English verb gloss as a participle: "to use sth." → "used", "to go up" → "going up".
 * A gloss that is no plain "to …" verb phrase is left out.
 */
export function participleGloss(gloss: string, kind: 'past' | 'present'): string | undefined {
  const plain = withoutLabels(gloss)
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\b(?:sb|sth)\.(?:['’]s)?/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
  const match = /^to ([a-z]+)((?: [a-z]+)*)$/u.exec(plain)
  if (!match) return undefined
  const [, verb = '', rest = ''] = match
  const form = kind === 'past' ? pastParticiple(verb) : presentParticiple(verb)
  return form + rest
}

/** How many participle glosses a participle adjective shows, as the popup shows glosses. */
const PARTICIPLE_GLOSSES = 3

/**
 * The gloss of a participle used as an adjective, from its verb's senses: die zerbrochene
 * Tasse → "broken", die steigenden Preise → "rising". Undefined when no sense is a plain verb.
 */
export function participleAdjectiveGloss(
  senses: readonly string[],
  kind: 'past' | 'present',
): string | undefined {
  const glosses = senses
    .flatMap((sense) => readSense(sense).glosses)
    .map((gloss) => participleGloss(gloss, kind))
    .filter((gloss): gloss is string => Boolean(gloss))
  const shown = [...new Set(glosses)].slice(0, PARTICIPLE_GLOSSES)
  return shown.length ? shown.join('; ') : undefined
}
