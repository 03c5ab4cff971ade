import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES } from './closedClass'

/** A lemma a form may have, by one inflection rule; the dictionary decides if it exists. */
export interface Candidate {
  lemma: string
  /** Parts of speech the rule applies to. */
  pos: readonly PartOfSpeech[]
  /** How much the rule is trusted: an identical headword beats a stripped ending. */
  weight: number
  rule: string
  /** A participle used as an adjective: its lemma is the participle, its verb is looked up. */
  verb?: string
}

const NOUN = ['noun'] as const
const VERB = ['verb'] as const
const ADJ = ['adj', 'adv'] as const

/** Stems with one umlaut taken back: Häus → Haus, Bäum → Baum, größ → groß. */
export function deUmlaut(stem: string): string[] {
  const variants: string[] = []
  const match = /(äu|ä|ö|ü)(?!.*(?:äu|ä|ö|ü))/u.exec(stem)
  if (match) {
    const plain = { äu: 'au', ä: 'a', ö: 'o', ü: 'u' }[match[1] as 'ä']
    variants.push(stem.slice(0, match.index) + plain + stem.slice(match.index + match[1]!.length))
  }
  return variants
}

/**
 * The base nouns a derived noun's stem may come from: as it is, without its last umlaut
 * (Ärzt-in, Arzt) and either with a lost -e (Kolleg-in, Kollege; Kätz-chen, Katze).
 */
export function baseNounSpellings(stem: string): string[] {
  return [stem, ...deUmlaut(stem)].flatMap((s) => [s, `${s}e`])
}

const NOUN_ENDINGS = ['nen', 'ern', 'ens', 'es', 'en', 'er', 'ns', 'e', 'n', 's']

function nounCandidates(form: string): Candidate[] {
  const candidates: Candidate[] = []
  for (const ending of NOUN_ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 2) continue
    const stem = form.slice(0, -ending.length)
    // A genitive -es (Landes, Staates) is likelier than -s on a noun ending in -e.
    const weight = ending === 'es' ? 74 : 74 - ending.length
    candidates.push({ lemma: stem, pos: NOUN, weight, rule: `-${ending}` })
    for (const plain of deUmlaut(stem))
      candidates.push({
        lemma: plain,
        pos: NOUN,
        weight: 72 - ending.length,
        rule: `umlaut -${ending}`,
      })
  }
  for (const plain of deUmlaut(form))
    candidates.push({ lemma: plain, pos: NOUN, weight: 70, rule: 'umlaut' })
  return candidates
}

const VERB_ENDINGS = ['est', 'et', 'st', 'en', 'e', 't', 'n']
const PAST_ENDINGS = ['etest', 'etet', 'eten', 'ete', 'test', 'tet', 'ten', 'te']

function infinitives(stem: string): string[] {
  // sammel- → sammeln, änder- → ändern; the rest take -en.
  return /[el]$|er$/u.test(stem) ? [`${stem}n`, `${stem}en`] : [`${stem}en`]
}

function verbCandidates(form: string): Candidate[] {
  const candidates: Candidate[] = []
  const add = (stems: string[], weight: number, rule: string) => {
    for (const stem of stems)
      if (stem.length >= 2)
        for (const lemma of infinitives(stem)) candidates.push({ lemma, pos: VERB, weight, rule })
  }
  for (const ending of VERB_ENDINGS)
    if (form.endsWith(ending)) add([form.slice(0, -ending.length)], 70, `-${ending}`)
  // Imperatives and spoken first persons are the bare stem: sag!, komm!, ich hab.
  add([form], 64, 'stem')
  for (const ending of PAST_ENDINGS)
    if (form.endsWith(ending)) add([form.slice(0, -ending.length)], 66, `past -${ending}`)
  // Participles: ge-mach-t, ge-fahr-en, auf-ge-mach-t; without ge- after be-, ver-, …
  for (const prefix of ['', ...SEPARABLE_PARTICLES]) {
    const start = `${prefix}ge`
    if (!form.startsWith(start)) continue
    const core = form.slice(start.length)
    if (core.endsWith('t')) add([prefix + core.slice(0, -1)], 70, `${prefix}ge-…-t`)
    if (core.endsWith('en')) add([prefix + core.slice(0, -2)], 70, `${prefix}ge-…-en`)
  }
  // zu-infinitives of separable verbs: an-zu-fangen → anfangen.
  for (const particle of SEPARABLE_PARTICLES) {
    const start = `${particle}zu`
    if (form.startsWith(start) && form.length > start.length + 3 && /n$/u.test(form))
      candidates.push({
        lemma: particle + form.slice(start.length),
        pos: VERB,
        weight: 82,
        rule: 'zu-infinitive',
      })
  }
  return candidates
}

const ADJ_ENDINGS = ['en', 'em', 'er', 'es', 'e']
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  besser: 'gut',
  best: 'gut',
  mehr: 'viel',
  meist: 'viel',
  lieber: 'gern',
  liebst: 'gern',
  höher: 'hoch',
  höchst: 'hoch',
  hoh: 'hoch',
  näher: 'nah',
  nächst: 'nah',
  eher: 'bald',
}

function adjectiveCandidates(form: string): Candidate[] {
  const candidates: Candidate[] = []
  const bases = [
    form,
    ...ADJ_ENDINGS.filter((e) => form.endsWith(e)).map((e) => form.slice(0, -e.length)),
  ]
  for (const base of bases) {
    if (base.length < 2) continue
    const weight = base === form ? 76 : 73
    candidates.push({ lemma: base, pos: ADJ, weight, rule: 'declension' })
    const irregular = IRREGULAR_ADJECTIVES[base]
    if (irregular) candidates.push({ lemma: irregular, pos: ADJ, weight: 92, rule: 'irregular' })
    for (const grade of ['er', 'est', 'st', 't']) {
      if (!base.endsWith(grade) || base.length - grade.length < 2) continue
      // größt, heißest: after ß, s, z or x the superlative is only -t.
      if (grade === 't' && !/[ßszx]t$/u.test(base)) continue
      const positive = base.slice(0, -grade.length)
      candidates.push({ lemma: positive, pos: ADJ, weight: 68, rule: `grade -${grade}` })
      // älter → alt, größte → groß: an umlaut plus a grade ending is a comparison.
      for (const plain of deUmlaut(positive))
        candidates.push({ lemma: plain, pos: ADJ, weight: 91, rule: `grade umlaut -${grade}` })
    }
    // A participle used as an adjective keeps the participle as its lemma.
    // Uninflected, a participle is a verb form (hat erklärt); inflected, an adjective.
    if (base === form) continue
    const participle = /^(\p{Ll}*?)ge(\p{Ll}{2,})(t|en)$/u.exec(base)
    if (participle) {
      const [, prefix = '', core = ''] = participle
      for (const verb of infinitives(prefix + core))
        candidates.push({ lemma: base, pos: ['adj'], weight: 74, rule: 'participle', verb })
    }
    if (INSEPARABLE_PREFIXES.some((p) => base.startsWith(p)) && base.endsWith('t'))
      for (const verb of infinitives(base.slice(0, -1)))
        candidates.push({ lemma: base, pos: ['adj'], weight: 73, rule: 'participle', verb })
    if (base.endsWith('end'))
      for (const verb of infinitives(base.slice(0, -3)))
        candidates.push({ lemma: base, pos: ['adj'], weight: 74, rule: 'present participle', verb })
  }
  return candidates
}

/** Every lemma a single word form may have by rule, before any dictionary is asked. */
export function ruleCandidates(form: string): Candidate[] {
  return /^\p{Lu}/u.test(form)
    ? nounCandidates(form)
    : [...verbCandidates(form), ...adjectiveCandidates(form)]
}
