import { describe, expect, it } from 'vitest'
import { assemble } from '@/lib/morphology/build/assemble'
import { comparisonForms } from '@/lib/morphology/build/comparison'
import {
  isOutdatedSpelling,
  longEszettStems,
  modernEszett,
  oldTwins,
} from '@/lib/morphology/build/eszett'
import type { Paradigm } from '@/lib/morphology/build/paradigm'
import {
  decompose,
  inseparableParadigm,
  readingsOf,
  separableParadigm,
  withoutGe,
} from '@/lib/morphology/build/particleVerbs'
import { encodeMorphology } from '@/lib/morphology/file'
import { readVerb, type VerbForms } from '@/lib/morphology/build/verbs'
import { packReading, unpackReading } from '@/lib/morphology/format'
import { morphologyOf } from '@/lib/morphology/morphology'

const same = (form: string) => form
const laden = readVerb(
  'laden',
  {
    INF: 'laden',
    PA1: 'ladend',
    PA2: ['geladen'],
    PRÄ: { S: { '3': 'lädt' } },
    PRT: { S: { '1': 'lud', '3': 'lud' } },
    IMP: { S: 'lade' },
  },
  same,
)
const nehmen = readVerb(
  'nehmen',
  { INF: 'nehmen', PA2: ['genommen'], PRT: { S: { '3': 'nahm' } }, IMP: { S: 'nimm' } },
  same,
)
const plain = new Map<string, VerbForms>([
  ['laden', laden],
  ['nehmen', nehmen],
  ['holen', readVerb('holen', { INF: 'holen', PA2: ['geholt'] }, same)],
  ['ausholen', readVerb('ausholen', { INF: 'ausholen', PA2: ['ausgeholt'] }, same)],
])

describe('prefixed verbs', () => {
  it('splits off the longest prefix that leaves a plain verb', () => {
    expect(decompose('herausholen', plain)).toEqual({ prefix: 'heraus', base: 'holen' })
    expect(decompose('einladen', plain)).toEqual({ prefix: 'ein', base: 'laden' })
    expect(decompose('nebeneinanderholen', plain, ['nebeneinander'])).toEqual({
      prefix: 'nebeneinander',
      base: 'holen',
    })
    expect(decompose('laden', plain)).toBeUndefined()
  })

  it('drops the participle’s ge- only where it is one', () => {
    expect(withoutGe('genommen', 'nehmen')).toBe('nommen')
    expect(withoutGe('gegangen', 'gehen')).toBe('gangen')
    expect(withoutGe('gegessen', 'essen')).toBe('gessen')
    expect(withoutGe('gewonnen', 'gewinnen')).toBe('gewonnen')
    expect(withoutGe('studiert', 'studieren')).toBe('studiert')
  })

  it('decides separability by prefix class, then by evidence', () => {
    const none = { dingForms: [], pastParticiples: [] }
    expect(readingsOf('ein', laden, none)).toEqual({ separable: true, inseparable: false })
    expect(readingsOf('be', laden, none)).toEqual({ separable: false, inseparable: true })
    // über- without evidence: both; with a base that has no ge- to lose, separable.
    expect(readingsOf('über', nehmen, none)).toEqual({ separable: true, inseparable: true })
    const gestalten = readVerb('gestalten', { INF: 'gestalten', PA2: ['gestaltet'] }, same)
    expect(readingsOf('um', gestalten, none)).toEqual({ separable: true, inseparable: false })
    expect(readingsOf('über', nehmen, { dingForms: ['übernahm'], pastParticiples: [] })).toEqual({
      separable: false,
      inseparable: true,
    })
    expect(
      readingsOf('über', nehmen, { dingForms: ['nimmt über'], pastParticiples: ['übernommen'] }),
    ).toEqual({ separable: true, inseparable: true })
    expect(
      readingsOf('über', nehmen, { dingForms: [], pastParticiples: ['übergenommen'] }),
    ).toEqual({ separable: true, inseparable: false })
  })

  it('builds separable and inseparable paradigms from the base', () => {
    const einladen = separableParadigm('einladen', 'ein', laden)
    expect(einladen.particle).toBe('ein')
    expect(einladen.forms).toEqual(
      expect.arrayContaining([
        ['einladen', 'inf', false],
        ['einzuladen', 'zuinf', false],
        ['eingeladen', 'pp', false],
        ['einladend', 'ppres', false],
        ['lud', '3.sg.pret', true],
        ['einlud', '3.sg.pret', false],
        ['lade', '2.sg.imp', true],
      ]),
    )
    expect(einladen.forms).not.toContainEqual(['einlade', '2.sg.imp', false])
    const übernehmen = inseparableParadigm('übernehmen', 'über', nehmen)
    expect(übernehmen.particle).toBe('')
    expect(übernehmen.forms).toEqual([
      ['übernehmen', 'inf', false],
      ['übernommen', 'pp', false],
      ['übernahm', '3.sg.pret', false],
      ['übernimm', '2.sg.imp', false],
    ])
  })
})

describe('today’s spelling in the sources', () => {
  it('reads a paradigm’s own evidence for a short or long vowel', () => {
    const müssen = modernEszett(['müssen', 'muß', 'mußte', 'gemusst', 'gemußt'])
    expect(['muß', 'mußte', 'gemußt'].map(müssen)).toEqual(['muss', 'musste', 'gemusst'])
    const essen = modernEszett(['essen', 'ißt', 'aß', 'äße'])
    expect(['ißt', 'aß', 'äße'].map(essen)).toEqual(['isst', 'aß', 'äße'])
    const fuß = modernEszett(['Fuß', 'Fußes', 'Füße'])
    expect(fuß('Fuß')).toBe('Fuß')
    // No evidence either way: the spelling stays (Spaßgesellschaft has ss elsewhere).
    expect(modernEszett(['Spaßgesellschaft', 'Spaßgesellschaften'])('Spaßgesellschaft')).toBe(
      'Spaßgesellschaft',
    )
  })

  it('merges an old lemma into its modern twin, ß by ß', () => {
    const twins = oldTwins(new Set(['Großfluß', 'Großfluss', 'Fuß', 'Mißerfolg', 'Misserfolg']))
    expect([...twins.keys()].sort()).toEqual(['Großfluß', 'Mißerfolg'])
    expect(twins.get('Großfluß')!('Großfluß')).toBe('Großfluss')
    expect(twins.get('Großfluß')!('Großflüsse')).toBe('Großflüsse')
  })

  it('drops a lone word spelt the old or Swiss way when today’s spelling is known', () => {
    const known = new Set(['dass', 'zuckersüß', 'süße'])
    const long = longEszettStems(['süße', 'Maße'])
    expect(isOutdatedSpelling('daß', known, long)).toBe(true)
    expect(isOutdatedSpelling('zuckersüss', known, long)).toBe(true)
    expect(isOutdatedSpelling('zuckersüß', known, long)).toBe(false)
    expect(isOutdatedSpelling('bloß', known, long)).toBe(false)
  })
})

describe('comparison', () => {
  const declined: Paradigm['forms'] = [
    ['kurze', 'nom.sg.f.decl', false],
    ['kurzen', 'dat.pl.decl', false],
  ]
  it('takes a rule’s stem only where the source has the nominalised form', () => {
    const nouns = new Set(['Kürzere', 'Kürzeste'])
    expect(comparisonForms('kurz', declined, (noun) => nouns.has(noun))).toEqual([
      ['kürzer', 'comp', false],
      ['kürzere', 'nom.sg.f.comp.decl', false],
      ['kürzeste', 'nom.sg.f.sup.decl', false],
      ['kürzeren', 'dat.pl.comp.decl', false],
      ['kürzesten', 'dat.pl.sup.decl', false],
    ])
    expect(comparisonForms('kurz', declined, () => false)).toEqual([])
  })

  it('knows the irregular few', () => {
    const forms = comparisonForms('gut', [['gute', 'nom.sg.f.decl', false]], () => false)
    expect(forms).toEqual([
      ['besser', 'comp', false],
      ['bessere', 'nom.sg.f.comp.decl', false],
      ['beste', 'nom.sg.f.sup.decl', false],
    ])
  })
})

describe('the index format', () => {
  const paradigms: Paradigm[] = [
    {
      lemma: 'laden',
      pos: 'verb',
      gender: '',
      particle: '',
      forms: [
        ['lud', '3.sg.pret', false],
        ['lud', '1.sg.pret', false],
      ],
    },
    {
      lemma: 'einladen',
      pos: 'verb',
      gender: '',
      particle: 'ein',
      forms: [
        ['lud', '3.sg.pret', true],
        ['einlud', '3.sg.pret', false],
      ],
    },
    { lemma: 'See', pos: 'noun', gender: 'f', particle: '', forms: [['Seen', 'nom.pl', false]] },
    { lemma: 'See', pos: 'noun', gender: 'm', particle: '', forms: [['Seen', 'nom.pl', false]] },
  ]
  const about = { source: 'test', licence: 'CC-BY-SA-4.0' }

  it('packs readings into integers and back', () => {
    const parts = { lexeme: 117_000, features: 141, separated: true }
    expect(unpackReading(packReading(parts))).toEqual(parts)
  })

  it('interns lexemes and feature sets and answers readings', () => {
    const index = assemble(paradigms, about)
    expect(index.lexemes).toEqual([
      ['See', 'noun', 'f', ''],
      ['See', 'noun', 'm', ''],
      ['einladen', 'verb', '', 'ein'],
      ['laden', 'verb', '', ''],
    ])
    expect(index.features).toEqual(['1.sg.pret 3.sg.pret', '3.sg.pret', 'nom.pl'])
    expect(morphologyOf(index).readings('lud')).toEqual([
      { lemma: 'einladen', pos: 'verb', morph: ['3.sg.pret'], particle: 'ein', separated: true },
      { lemma: 'laden', pos: 'verb', morph: ['1.sg.pret', '3.sg.pret'] },
    ])
    expect(morphologyOf(index).readings('constructor')).toEqual([])
  })

  it('is deterministic: the same paradigms in any order give the same bytes', () => {
    const bytes = encodeMorphology(assemble(paradigms, about))
    expect(encodeMorphology(assemble([...paradigms].reverse(), about)).equals(bytes)).toBe(true)
  })
})
