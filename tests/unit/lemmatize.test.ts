import { describe, expect, it } from 'vitest'
import type { IndexEntry } from '@/lib/dictionary/build'
import { dictionaryOf } from '@/lib/dictionary/dictionary'
import { analyseText } from '@/lib/analysis/engine'
import { analyseWord, splitCompound } from '@/lib/dictionary/lemmatize'
import { buildLexicon } from '@/lib/vocabulary/lexicon'
import { emptyMorphology } from '@/lib/morphology/morphology'
import { crossCheckNouns } from '@/lib/dictionary/crossCheck'
import { deUmlaut } from '@/lib/dictionary/rules'

const entries: IndexEntry[] = [
  ['Absicht', 'noun', 'f', 'Absichten', ['intention']],
  ['Baum', 'noun', 'm', 'Bäume', ['tree']],
  ['Baumwolle', 'noun', 'f', '', ['cotton']],
  ['Fabrik', 'noun', 'f', 'Fabriken', ['factory']],
  ['Lamm', 'noun', 'n', 'Lämmer', ['lamb']],
  ['Schaft', 'noun', 'm', 'Schäfte', ['shank']],
  ['Schneider', 'noun', 'm', 'Schneider', ['tailor']],
  ['Schwanz', 'noun', 'm', 'Schwänze', ['tail']],
  ['System', 'noun', 'n', 'Systeme', ['system; scheme']],
  ['Werk', 'noun', 'n', 'Werke', ['plant; works']],
  ['Arbeiter', 'noun', 'm', 'Arbeiter', ['worker']],
  ['kompostieren', 'verb', '', '', ['to compost sth.']],
  ['Bund', 'noun', 'm', 'Bünde', ['federation']],
  ['Deutschland', 'noun', 'n', '', ['Germany']],
  ['Gericht', 'noun', 'n', 'Gerichte', ['court']],
  ['Haus', 'noun', 'n', 'Häuser', ['house']],
  ['Minister', 'noun', 'm', 'Minister', ['minister']],
  ['Ministerin', 'noun', 'f', 'Ministerinnen', ['minister (female)']],
  ['Preis', 'noun', 'm', 'Preise', ['price']],
  ['Preise', 'noun', 'pl', '', ['prices']],
  // A plural headword of another line, with no plural on its singular's entry.
  ['Ziel', 'noun', 'n', '', ['goal; aim']],
  ['Ziele', 'noun', 'pl', '', ['goals; targets [econ.]']],
  ['Leute', 'noun', 'pl', '', ['people']],
  ['Leut', 'noun', 'm', '', ['fellow']],
  ['Präsident', 'noun', 'm', 'Präsidenten', ['president']],
  ['Verfassung', 'noun', 'f', 'Verfassungen', ['constitution']],
  ['Verkehr', 'noun', 'm', '', ['traffic']],
  ['anfangen', 'verb', '', '', ['to begin']],
  ['Hund', 'noun', 'm', 'Hunde', ['dog']],
  ['Made', 'noun', 'f', 'Maden', ['maggot']],
  ['Madel', 'noun', 'n', 'Madeln', ['lass']],
  ['Chemie', 'noun', 'f', '', ['chemical branch; chemical sector', 'applied chemistry']],
  ['Stahl', 'noun', 'm', 'Stähle', ['steel']],
  ['Politik', 'noun', 'f', '', ['policy', 'politics']],
  // An adjective whose cognate Ding gives only to its adverb.
  ['rational', 'adj', '', '', ['sensible']],
  ['rational', 'adv', '', '', ['rationally']],
  // A particle verb Ding lists barely, and its base verb.
  ['herumlaufen', 'verb', '', '', ['to gad']],
  ['laufen', 'verb', '', '', ['to run; to walk', 'to work']],
  ['weglaufen', 'verb', '', '', ['to run away; to run off']],
  // Compounds Ding lists: with one bare gloss, and with more.
  ['Stahlfabrik', 'noun', 'f', '', ['steelworks']],
  ['Fabrikpolitik', 'noun', 'f', '', ['factory policy; works policy']],
  ['aufhören', 'verb', '', '', ['to stop']],
  ['erinnern', 'verb', '', '', ['to remember']],
  ['erklären', 'verb', '', '', ['to explain']],
  ['fangen', 'verb', '', '', ['to catch']],
  ['gehen', 'verb', '', '', ['to go']],
  ['groß', 'adj', '', '', ['big']],
  ['gut', 'adj', '', '', ['good']],
  ['herausstellen', 'verb', '', '', ['to turn out']],
  ['stellen', 'verb', '', '', ['to put']],
  ['steigen', 'verb', '', '', ['to rise']],
  ['vorstellen', 'verb', '', '', ['to present']],
  // A name (an English name for a gloss), and a nominalised adjective in -er.
  ['Inn', 'noun', 'm', '', ['Inn (river)']],
  ['Innere', 'noun', 'n', '', ['inside; interior']],
]
const forms = {
  Bäume: ['Baum'],
  erklärt: ['erklären'],
  Häuser: ['Haus'],
  Preise: ['Preis'],
  gestiegen: ['steigen'],
  ging: ['gehen'],
  'stellt heraus': ['herausstellen'],
}
const dictionary = dictionaryOf({ entries, forms })
const noVocabulary = buildLexicon({}, { forms: {}, phrases: [] })
/** Each word with the lemma the engine reads it as, the dictionary above its only source. */
const readingsOf = (text: string) => {
  const analysed = analyseText([{ number: 1, spans: [{ text }] }], {
    curated: noVocabulary,
    dictionary,
    morphology: emptyMorphology,
  })
  return analysed.matched.blocks[0]!.parts.flatMap((part) =>
    part.kind === 'word' ? [[part.text, analysed.readings.get(part)?.lemma] as const] : [],
  )
}
const lemmasOf = (text: string) => readingsOf(text).map(([, lemma]) => lemma)
const best = (form: string, start = false) => {
  const [first] = analyseWord(form, start, dictionary)
  return `${first!.lemma}/${first!.pos}/${first!.source}`
}

describe('the lemmatiser', () => {
  it('uses closed-class tables for function words and irregular verbs', () => {
    expect(best('dem')).toBe('der/art/closed')
    expect(best('ihm')).toBe('er/pron/closed')
    expect(best('wäre')).toBe('sein/verb/closed')
    expect(best('zum')).toBe('zum/contraction/closed')
  })

  it('prefers forms Ding lists, then inflection rules', () => {
    expect(best('ging')).toBe('gehen/verb/listed')
    // Ding's plural of Haus is the evidence.
    expect(best('Häuser')).toBe('Haus/noun/rule')
    expect(best('Preise')).toBe('Preis/noun/rule')
    expect(best('Hauses')).toBe('Haus/noun/rule')
    expect(best('erinnere')).toBe('erinnern/verb/rule')
    expect(best('aufzuhören')).toBe('aufhören/verb/rule')
    expect(best('größten')).toBe('groß/adj/rule')
    expect(best('besser')).toBe('gut/adj/rule')
    expect(best('gestiegenen')).toBe('gestiegen/adj/rule')
    expect(deUmlaut('Häus')).toEqual(['Haus'])
  })

  it('gives a name a genitive ending only, and reads an elided -ern as -eren', () => {
    expect(best('Inns')).toBe('Inn/propn/rule')
    // im Innern: Inneren with its e left out, not a plural of the river Inn.
    expect(best('Innern')).toBe('Innere/noun/rule')
    expect(best('Inneren')).toBe('Innere/noun/rule')
  })

  it('reads hyphenated compounds by their last part, and participles by their place', () => {
    expect(best('US-Präsidenten')).toBe('US-Präsident/noun/compound')
    expect(best('Alt-Häuser')).toBe('Alt-Haus/noun/compound')
    // A truncated first part (Haus- und Gartenarbeit) is read as that part.
    expect(best('Haus-')).toBe('Haus/noun/compound')
    expect(lemmasOf('Die erklärte Absicht. Er erklärte sie.')).toEqual([
      'der',
      'erklärt',
      'Absicht',
      'er',
      'erklären',
      'sie',
    ])
  })

  it('tells names from common nouns by their English gloss', () => {
    expect(best('Deutschland')).toBe('Deutschland/propn/headword')
  })

  it('splits compounds with linking elements and glosses the parts', () => {
    expect(splitCompound('Bundesverfassungsgericht', dictionary)?.map((p) => p.lemma)).toEqual([
      'Bund',
      'Verfassung',
      'Gericht',
    ])
    const [analysis] = analyseWord('Verkehrsministerinnen', false, dictionary)
    expect(analysis).toMatchObject({ lemma: 'Verkehrsministerin', pos: 'noun', source: 'compound' })
    expect(analysis!.parts!.map((p) => p.entry?.senses[0])).toEqual([
      'traffic',
      'minister (female)',
    ])
  })

  it('restores a modifier’s dropped -e, a verb’s stem and a plural’s umlaut', () => {
    const lemmas = (word: string) => splitCompound(word, dictionary)?.map((p) => p.lemma)
    expect(lemmas('Baumwollsystem')).toEqual(['Baumwolle', 'System'])
    expect(lemmas('Kompostierwerk')).toEqual(['kompostieren', 'Werk'])
    expect(lemmas('Lämmerschwanz')).toEqual(['Lamm', 'Schwanz'])
    // -schaft is a suffix, not the noun Schaft.
    expect(lemmas('Arbeiterschaft')).toBeUndefined()
  })

  it('glosses a compound Ding lacks by its parts, a diminutive by its base', () => {
    const gloss = (text: string) => {
      const analysed = analyseText([{ number: 1, spans: [{ text }] }], {
        curated: noVocabulary,
        dictionary,
        morphology: emptyMorphology,
      })
      const word = analysed.matched.blocks[0]!.parts.find((part) => part.kind === 'word')
      return word?.kind === 'word' ? analysed.lexicon.entries.get(word.entry!)?.gloss : undefined
    }
    expect(gloss('Fabriksystem')).toBe('factory system; system, scheme')
    expect(gloss('Kompostierwerk')).toBe('compost plant; plant, works')
    expect(gloss('Schneiderlein')).toBe('little tailor')
    expect(gloss('Lämmerschwänzchen')).toBe('little lamb tail')
    // A part's cognate where Ding's first gloss is a phrase; a plain first gloss stays.
    expect(gloss('Stahlchemie')).toMatch(/^steel chemistry;/u)
    expect(gloss('Stahlpolitik')).toMatch(/^steel policy;/u)
    // A compound Ding lists with one bare gloss shows its parts' gloss after it.
    expect(gloss('Stahlfabrik')).toBe('steelworks; steel factory')
    expect(gloss('Fabrikpolitik')).toBe('factory policy, works policy')
    // An adjective's cognate from its adverb's gloss, before Ding's adjective senses.
    expect(gloss('rationale')).toBe('rational; sensible')
    // Read as the adverb, it is the adverb's, with the adjective's sense second.
    expect(gloss('rational')).toBe('rationally; sensible')
    // A particle verb Ding lists barely shows its base verb's first gloss after it.
    expect(gloss('herumlaufen')).toBe('to gad; to run')
    expect(gloss('weglaufen')).toBe('to run away, to run off')
    // Austrian -erl: after the noun (Hund), or for its -el (Madel, not Made).
    expect(gloss('Hunderl')).toBe('little dog')
    expect(gloss('Häuserln')).toBe('little house')
    expect(gloss('Maderln')).toBe('little lass')
  })

  it('reads a feminine in -in Ding lacks by its masculine base, a compound one by its parts', () => {
    const best = (form: string) => analyseWord(form, false, dictionary)[0]!
    expect(best('Schneiderin')).toMatchObject({ lemma: 'Schneiderin', pos: 'noun' })
    expect(best('Schneiderin').entry).toMatchObject({ gender: 'f', senses: ['tailor'] })
    expect(best('Fabrikarbeiterinnen')).toMatchObject({ lemma: 'Fabrikarbeiterin', pos: 'noun' })
    expect(best('Fabrikarbeiterinnen').entry?.senses).toEqual(['factory worker'])
    // Only persons: a feminine noun's -in is no derivation (Absicht is feminine).
    expect(best('Absichtin').pos).not.toBe('noun')
  })

  it('lowercases a sentence start only when the word is not a noun there', () => {
    // "und" is not in this test's dictionary: the engine leaves it without a reading.
    expect(lemmasOf('Baum und Häuser. Ging er?')).toEqual([
      'Baum',
      undefined,
      'Haus',
      'gehen',
      'er',
    ])
  })

  it('finds separable verbs by their particle at the end of the clause', () => {
    const words = readingsOf('Es stellt sich heraus, dass er vorstellt. Wir fangen morgen an.')
    const lemma = (form: string) => words.find(([word]) => word === form)![1]
    expect(lemma('stellt')).toBe('herausstellen')
    expect(lemma('heraus')).toBe('herausstellen')
    expect(lemma('vorstellt')).toBe('vorstellen')
    expect(lemma('fangen')).toBe('anfangen')
    expect(lemma('an')).toBe('anfangen')
  })

  it('says when a form is ambiguous, and ranks instead of choosing silently', () => {
    const unknown = analyseWord('Xylofonklang', false, dictionary)
    expect(unknown[0]).toMatchObject({ lemma: 'Xylofonklang', source: 'unknown' })
    const preise = analyseWord('Preise', false, dictionary)
    expect(preise.map((a) => a.lemma)).toEqual(['Preis', 'Preise'])
  })

  it('reads a plural headword glossed as its singular’s English plural as that singular', () => {
    expect(analyseWord('Zielen', false, dictionary)[0]).toMatchObject({ lemma: 'Ziel' })
    expect(analyseWord('Ziele', false, dictionary)[0]).toMatchObject({ lemma: 'Ziel' })
    // people is no plural of fellow: Leute stays a word of its own.
    expect(analyseWord('Leute', false, dictionary)[0]).toMatchObject({ lemma: 'Leute' })
  })
})

describe('the Ding cross-check of curated nouns', () => {
  it('lists gender and plural disagreements, ignoring the curated plural article', () => {
    const curated = new Map([
      ['Haus', { pos: 'noun', gender: 'n', plural: 'die Häuser', gloss: 'house' }],
      ['Baum', { pos: 'noun', gender: 'f', plural: 'die Bäume', gloss: 'tree' }],
      ['Preis', { pos: 'noun', gender: 'm', plural: null, gloss: 'price' }],
      ['Xylofon', { pos: 'noun', gender: 'n', plural: 'die Xylofone', gloss: 'xylophone' }],
      ['gehen', { pos: 'verb', gloss: 'to go' }],
    ] as const) as unknown as Parameters<typeof crossCheckNouns>[0]
    expect(crossCheckNouns(curated, dictionary)).toEqual({
      checked: 3,
      absent: 1,
      disagreements: ['Baum: gender f here, m in Ding', 'Preis: no plural here, Preise in Ding'],
    })
  })
})
