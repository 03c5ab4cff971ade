import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadText } from '@/lib/content/load'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { analyseCuratedText, loadAnnotations, loadLexiconFile } from '@/lib/vocabulary/load'
import type { WordToken } from '@/lib/vocabulary/match'
import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'
import { parseVocabularyFile } from '@/lib/vocabulary/validate'

// The gold list: tokens of the seed article with the entry a learner must see. It fails as
// soon as the data or the matching drifts. `nth` counts occurrences of the form in its block.
interface Gold {
  block: number
  form: string
  nth?: number
  entry: string
  pos: PartOfSpeech
  gender?: Gender
  /** Analysis codes, when the form is not the lemma itself. */
  morph?: string[]
  /** The unit (separable verb or phrase) the token belongs to, and its other words. */
  unit?: { entry: string; words: string[] }
}

const gold: Gold[] = [
  // Inflected verbs: subjunctive, participles, zu-infinitives.
  // hätten … gemacht, hat … gesagt: the auxiliary, read from the participle in the clause.
  { block: 3, form: 'hätten', entry: 'haben#auxiliary', pos: 'verb', morph: ['3.pl.subj2'] },
  { block: 3, form: 'hat', entry: 'haben#auxiliary', pos: 'verb', morph: ['3.sg.pres'] },
  { block: 3, form: 'gebe', entry: 'geben', pos: 'verb', morph: ['3.sg.subj1'] },
  { block: 10, form: 'beizulegen', entry: 'beilegen', pos: 'verb', morph: ['zuinf'] },
  { block: 10, form: 'habe', entry: 'haben', pos: 'verb', morph: ['3.sg.subj1'] },
  { block: 10, form: 'müssten', entry: 'müssen', pos: 'verb', morph: ['3.pl.subj2'] },
  { block: 10, form: 'akzeptierten', entry: 'akzeptieren', pos: 'verb', morph: ['3.pl.subj2'] },
  { block: 10, form: 'wiederhergestellt', entry: 'wiederherstellen', pos: 'verb', morph: ['pp'] },
  { block: 10, form: 'weitergeschoben', entry: 'weiterschieben', pos: 'verb', morph: ['pp'] },
  { block: 9, form: 'wären', entry: 'sein#be', pos: 'verb', morph: ['3.pl.subj2'] },
  { block: 9, form: 'zugelassen', entry: 'zulassen', pos: 'verb', morph: ['pp'] },
  { block: 11, form: 'sei', entry: 'sein#be', pos: 'verb', morph: ['3.sg.subj1'] },
  { block: 14, form: 'glaube', entry: 'glauben', pos: 'verb', morph: ['3.sg.subj1'] },
  { block: 16, form: 'hoffte', entry: 'hoffen', pos: 'verb', morph: ['3.sg.pret'] },
  { block: 16, form: 'angedroht', entry: 'androhen', pos: 'verb', morph: ['pp'] },
  { block: 5, form: 'lächelnd', entry: 'lächeln', pos: 'verb', morph: ['ppres'] },
  { block: 3, form: 'wurde', entry: 'werden#passive', pos: 'verb', morph: ['3.sg.pret'] },
  // Separable verbs: one unit for both parts, also with the particle first.
  {
    block: 9,
    form: 'stellt',
    entry: 'sich herausstellen',
    pos: 'verb',
    morph: ['3.sg.pres'],
    unit: { entry: 'sich herausstellen', words: ['stellt', 'heraus'] },
  },
  {
    block: 9,
    form: 'heraus',
    entry: 'sich herausstellen',
    pos: 'verb',
    unit: { entry: 'sich herausstellen', words: ['stellt', 'heraus'] },
  },
  {
    block: 15,
    form: 'wirft',
    entry: 'einwerfen',
    pos: 'verb',
    morph: ['3.sg.pres'],
    unit: { entry: 'einwerfen', words: ['wirft', 'ein'] },
  },
  {
    block: 16,
    form: 'Zurück',
    entry: 'zurückbleiben',
    pos: 'verb',
    unit: { entry: 'zurückbleiben', words: ['Zurück', 'bleibt'] },
  },
  {
    block: 16,
    form: 'stimmte',
    entry: 'zustimmen',
    pos: 'verb',
    morph: ['3.sg.pret'],
    unit: { entry: 'zustimmen', words: ['stimmte', 'zu'] },
  },
  {
    block: 6,
    form: 'steigt',
    entry: 'einsteigen',
    pos: 'verb',
    morph: ['3.sg.pres'],
    unit: { entry: 'einsteigen', words: ['steigt', 'ein'] },
  },
  {
    block: 15,
    form: 'hebt',
    entry: 'abheben',
    pos: 'verb',
    morph: ['3.sg.pres'],
    unit: { entry: 'abheben', words: ['hebt', 'ab'] },
  },
  {
    block: 7,
    form: 'setzen',
    entry: 'sich zusammensetzen',
    pos: 'verb',
    morph: ['3.pl.pres'],
    unit: { entry: 'sich zusammensetzen', words: ['setzen', 'zusammen'] },
  },
  {
    block: 14,
    form: 'kündigte',
    entry: 'ankündigen',
    pos: 'verb',
    morph: ['3.sg.pret'],
    unit: { entry: 'ankündigen', words: ['kündigte', 'an'] },
  },
  {
    block: 11,
    form: 'führt',
    entry: 'ausführen',
    pos: 'verb',
    morph: ['3.sg.pres'],
    unit: { entry: 'ausführen', words: ['führt', 'aus'] },
  },
  // Phrases and idioms, with the single words still their own entries.
  {
    block: 16,
    form: 'urteilen',
    entry: 'urteilen',
    pos: 'verb',
    unit: { entry: 'nach zu urteilen', words: ['nach', 'zu', 'urteilen'] },
  },
  {
    block: 16,
    form: 'nach',
    entry: 'nach#according',
    pos: 'prep',
    unit: { entry: 'nach zu urteilen', words: ['nach', 'zu', 'urteilen'] },
  },
  {
    block: 10,
    form: 'Handumdrehen',
    entry: 'Handumdrehen',
    pos: 'noun',
    gender: 'n',
    unit: { entry: 'im Handumdrehen', words: ['im', 'Handumdrehen'] },
  },
  {
    block: 1,
    form: 'Händchen',
    entry: 'Händchen',
    pos: 'noun',
    gender: 'n',
    unit: { entry: 'Händchen halten', words: ['halten', 'Händchen'] },
  },
  {
    block: 11,
    form: 'Haus',
    entry: 'Haus',
    pos: 'noun',
    gender: 'n',
    unit: { entry: 'das Weiße Haus', words: ['Weißen', 'Haus'] },
  },
  {
    block: 6,
    form: 'Roosevelt',
    entry: 'Roosevelt',
    pos: 'propn',
    unit: { entry: 'Franklin D. Roosevelt', words: ['Franklin', 'D', 'Roosevelt'] },
  },
  // Sentence-initial capitals.
  { block: 2, form: 'Und', entry: 'und', pos: 'conj' },
  { block: 9, form: 'Doch', entry: 'doch', pos: 'conj' },
  { block: 6, form: 'Als', entry: 'als#when', pos: 'conj' },
  { block: 15, form: 'Als', entry: 'als#when', pos: 'conj' },
  { block: 3, form: 'Sie', entry: 'sie#they', pos: 'pron' },
  // Contractions.
  { block: 3, form: 'im', entry: 'im', pos: 'contraction' },
  { block: 15, form: 'zum', entry: 'zum', pos: 'contraction' },
  { block: 3, form: 'vom', entry: 'vom', pos: 'contraction' },
  // Nouns: inflected forms, compounds, hyphenated words, the hyphen ellipsis.
  {
    block: 3,
    form: 'Staatschefs',
    entry: 'Staatschef',
    pos: 'noun',
    gender: 'm',
    morph: ['nom.pl', 'gen.pl'],
  },
  {
    block: 12,
    form: 'Staats-',
    entry: 'Staatschef',
    pos: 'noun',
    gender: 'm',
    morph: ['trunc.dat.pl'],
  },
  {
    block: 12,
    form: 'Regierungschefs',
    entry: 'Regierungschef',
    pos: 'noun',
    gender: 'm',
    morph: ['dat.pl'],
  },
  { block: 3, form: 'Waffenstillstand', entry: 'Waffenstillstand', pos: 'noun', gender: 'm' },
  { block: 2, form: 'US-Präsident', entry: 'US-Präsident', pos: 'noun', gender: 'm' },
  {
    block: 10,
    form: 'Nato-Osterweiterung',
    entry: 'Nato-Osterweiterung',
    pos: 'noun',
    gender: 'f',
  },
  {
    block: 10,
    form: 'Ukraine-Krieges',
    entry: 'Ukraine-Krieg',
    pos: 'noun',
    gender: 'm',
    morph: ['gen.sg'],
  },
  {
    block: 5,
    form: 'F-35-Kampfjets',
    entry: 'F-35-Kampfjet',
    pos: 'noun',
    gender: 'm',
    morph: ['nom.pl'],
  },
  { block: 5, form: 'B2-Tarnkappenbomber', entry: 'B2-Tarnkappenbomber', pos: 'noun', gender: 'm' },
  { block: 1, form: 'Kremlchef', entry: 'Kremlchef', pos: 'noun', gender: 'm' },
  { block: 6, form: 'Gastgebers', entry: 'Gastgeber', pos: 'noun', gender: 'm', morph: ['gen.sg'] },
  {
    block: 7,
    form: 'Wassergläsern',
    entry: 'Wasserglas',
    pos: 'noun',
    gender: 'n',
    morph: ['dat.pl'],
  },
  { block: 5, form: 'Türen', entry: 'Tür', pos: 'noun', gender: 'f', morph: ['nom.pl'] },
  { block: 5, form: 'Köpfe', entry: 'Kopf', pos: 'noun', gender: 'm', morph: ['acc.pl'] },
  { block: 9, form: 'Krieges', entry: 'Krieg', pos: 'noun', gender: 'm', morph: ['gen.sg'] },
  {
    block: 14,
    form: 'Vorgängers',
    entry: 'Vorgänger',
    pos: 'noun',
    gender: 'm',
    morph: ['gen.sg'],
  },
  {
    block: 16,
    form: 'Sekundärzölle',
    entry: 'Sekundärzoll',
    pos: 'noun',
    gender: 'm',
    morph: ['acc.pl'],
  },
  { block: 15, form: 'Maschine', entry: 'Maschine', pos: 'noun', gender: 'f' },
  { block: 14, form: 'Vieraugengespräch', entry: 'Vieraugengespräch', pos: 'noun', gender: 'n' },
  { block: 7, form: 'Aufeinandertreffen', entry: 'Aufeinandertreffen', pos: 'noun', gender: 'n' },
  // Articles and pronouns in context.
  { block: 1, form: 'Der', entry: 'der#article', pos: 'art', morph: ['nom.sg.m'] },
  { block: 14, form: 'dessen', entry: 'der#demonstrative', pos: 'pron', morph: ['gen.sg.m'] },
  { block: 3, form: 'ihm', entry: 'er', pos: 'pron', morph: ['dat.sg.m'] },
  // Adjectives.
  { block: 9, form: 'schlechtesten', entry: 'schlecht', pos: 'adj', morph: ['acc.pl.sup.decl'] },
  {
    block: 1,
    form: 'russisch-amerikanische',
    entry: 'russisch-amerikanisch',
    pos: 'adj',
    morph: ['nom.sg.m.decl'],
  },
  // Proper nouns: people, places, institutions.
  {
    block: 7,
    form: 'Lawrow',
    entry: 'Lawrow',
    pos: 'propn',
    unit: { entry: 'Sergej Lawrow', words: ['Sergej', 'Lawrow'] },
  },
  {
    block: 7,
    form: 'Uschakow',
    entry: 'Uschakow',
    pos: 'propn',
    unit: { entry: 'Yuri Uschakow', words: ['Yuri', 'Uschakow'] },
  },
  { block: 10, form: 'Kiews', entry: 'Kiew', pos: 'propn', morph: ['gen.sg'] },
  { block: 2, form: 'Russlands', entry: 'Russland', pos: 'propn', morph: ['gen.sg'] },
  { block: 7, form: 'Kreml', entry: 'Kreml', pos: 'propn', gender: 'm' },
  { block: 3, form: 'Nato', entry: 'Nato', pos: 'propn', gender: 'f' },
  { block: 3, form: 'USA', entry: 'USA', pos: 'propn', gender: 'pl' },
]

const vocabulary = parseVocabularyFile(
  JSON.parse(readFileSync('locales/en/vocabulary.json', 'utf8')),
  'locales/en/vocabulary.json',
)
const lexicon = buildLexicon(vocabulary, loadLexiconFile())
const text = loadText('alaska-gipfel')
const matched = analyseCuratedText(text, lexicon, loadAnnotations('alaska-gipfel'))

function wordsOf(block: number): WordToken[] {
  const found = matched.blocks.find((b) => b.number === block)
  if (!found) throw new Error(`no block ${block}`)
  return found.parts.filter((part): part is WordToken => part.kind === 'word')
}

describe('gold list of the seed article', () => {
  it('has at least 60 tokens', () => {
    expect(gold.length).toBeGreaterThanOrEqual(60)
  })

  it.each(gold.map((g) => [`${g.block} ${g.form}${g.nth ? `@${g.nth + 1}` : ''}`, g] as const))(
    '%s',
    (_, g) => {
      const words = wordsOf(g.block)
      const token = words.filter((w) => w.text === g.form)[g.nth ?? 0]
      expect(token, `"${g.form}" in block ${g.block}`).toBeDefined()
      expect(token!.entry).toBe(g.entry)
      const entry = lexicon.entries.get(g.entry)!
      expect(entry.pos).toBe(g.pos)
      expect(entry.gender).toBe(g.gender)
      expect([...token!.morph].sort()).toEqual([...(g.morph ?? [])].sort())
      if (g.unit) {
        const units = token!.units.map((id) => matched.units[id]!)
        const unit = units.find((u) => u.entry === g.unit!.entry)
        expect(unit, `unit ${g.unit.entry}`).toBeDefined()
        expect(unit!.words.map((index) => words[index]!.text)).toEqual(g.unit.words)
      }
    },
  )

  it('glosses the separable verbs in the sense of the text', () => {
    expect(vocabulary.einwerfen!.gloss).toMatch(/interject/)
    expect(vocabulary['sich herausstellen']!.gloss).toMatch(/turn out/)
    expect(vocabulary.zurückbleiben!.gloss).toMatch(/remain/)
    expect(vocabulary.beilegen!.gloss).toMatch(/settle/)
    expect(vocabulary['nach zu urteilen']!.gloss).toMatch(/judging by/)
  })

  it('identifies people in a line', () => {
    expect(vocabulary['Sergej Lawrow']!.gloss).toMatch(/foreign minister/i)
    expect(vocabulary.Uschakow!.gloss).toMatch(/adviser|advisor/i)
  })

  it('covers every word of the text, none by mapping it to itself without an entry', () => {
    expect(matched.uncovered).toEqual([])
    expect(matched.problems).toEqual([])
  })
})
