import { analyseCuratedOnly } from './curatedOnly'
import { describe, expect, it } from 'vitest'
import type { Span } from '@/lib/content/types'
import { buildLexicon, headwordOfKey, lemmaOfKey } from '@/lib/vocabulary/lexicon'
import { analysesOf, fitsPattern, splitBlock, type WordToken } from '@/lib/vocabulary/match'
import type { AnnotationsFile, Entry, LexiconFile } from '@/lib/vocabulary/schema'

const noun = (gender: 'm' | 'f' | 'n', gloss: string): Entry => ({
  pos: 'noun',
  gender,
  genitive: 'des X',
  plural: 'die X',
  gloss,
})
const verb = (gloss: string, extra: Partial<Entry> = {}): Entry => ({
  pos: 'verb',
  principalParts: ['a', 'b', 'c', 'd'],
  gloss,
  ...extra,
})
const word = (pos: Entry['pos'], gloss: string): Entry => ({ pos, gloss })

const vocabulary: Record<string, Entry> = {
  'der#article': word('art', 'the'),
  'der#relative': word('pron', 'who, which'),
  haben: verb('to have'),
  Staatschef: noun('m', 'head of state'),
  Regierungschef: noun('m', 'head of government'),
  'US-Präsident': noun('m', 'US president'),
  'sich herausstellen': verb('to turn out', { separable: true, reflexive: true }),
  einwerfen: verb('to interject', { separable: true }),
  zurückbleiben: verb('to remain', { separable: true }),
  zustimmen: verb('to agree', { separable: true, governs: ['dat'] }),
  es: word('pron', 'it'),
  sich: word('pron', 'oneself'),
  doch: word('conj', 'but'),
  und: word('conj', 'and'),
  Frage: noun('f', 'question'),
  Gipfel: noun('m', 'summit'),
  zum: { pos: 'contraction', contraction: ['zu', 'dem'], gloss: 'to the' },
  im: { pos: 'contraction', contraction: ['in', 'dem'], gloss: 'in the' },
  Weißen: word('adj', 'white'),
  Haus: noun('n', 'house'),
  'das Weiße Haus': word('propn', 'the White House'),
  'Franklin D. Roosevelt': word('propn', 'US president 1933–1945'),
  Franklin: word('propn', 'first name'),
  'D.': word('abbr', 'Delano'),
  Roosevelt: word('propn', 'surname'),
  nach: word('prep', 'after'),
  zu: word('particle', 'to'),
  urteilen: verb('to judge'),
  'nach zu urteilen': word('idiom', 'judging by'),
  Händchen: noun('n', 'little hand'),
  halten: verb('to hold'),
  'Händchen halten': word('idiom', 'to hold hands'),
  Trump: word('propn', 'Donald Trump'),
  auf: word('prep', 'on'),
  Englisch: noun('n', 'English'),
  Ultimatum: noun('n', 'ultimatum'),
}

const lexiconFile: LexiconFile = {
  forms: {
    hätten: [{ lemma: 'haben', morph: '3.pl.subj2' }],
    hat: [{ lemma: 'haben', morph: '3.sg.pres' }],
    Staatschefs: [{ lemma: 'Staatschef', morph: ['gen.sg', 'nom.pl'] }],
    'Staats-': [{ lemma: 'Staatschef', morph: 'trunc' }],
    Regierungschefs: [{ lemma: 'Regierungschef', morph: 'pl' }],
    stellt: [{ lemma: 'stellen', morph: '3.sg.pres' }],
    wirft: [{ lemma: 'werfen', morph: '3.sg.pres' }],
    bleibt: [{ lemma: 'bleiben', morph: '3.sg.pres' }],
    stimmte: [{ lemma: 'stimmen', morph: '3.sg.pret' }],
    die: [
      { lemma: 'der', morph: 'nom.sg.f' },
      { lemma: 'der', morph: 'acc.sg.f' },
    ],
    der: [{ lemma: 'der', morph: 'nom.sg.m' }],
    dem: [{ lemma: 'der', morph: 'dat.sg.m' }],
    zurück: [{ lemma: 'zurück' }],
    Fragen: [{ lemma: 'Frage', morph: 'pl' }],
    Hauses: [{ lemma: 'Haus', morph: 'gen.sg' }],
  },
  phrases: [
    { entry: 'nach zu urteilen', tokens: ['nach', 'zu', 'urteilen'] },
    { entry: 'das Weiße Haus', tokens: ['Weißen', 'Hauses'] },
    { entry: 'Franklin D. Roosevelt', tokens: ['Franklin', 'D.', 'Roosevelt'] },
  ],
}

const lexicon = buildLexicon(vocabulary, lexiconFile)
const noAnnotations: AnnotationsFile = { senses: [], units: [] }

function match(text: string | Span[], annotations = noAnnotations) {
  const spans = typeof text === 'string' ? [{ text }] : text
  return analyseCuratedOnly([{ number: 1, spans }], lexicon, annotations)
}

function words(text: string | Span[], annotations = noAnnotations): WordToken[] {
  return match(text, annotations).blocks[0]!.parts.filter(
    (part): part is WordToken => part.kind === 'word',
  )
}

function find(text: string | Span[], form: string, annotations = noAnnotations): WordToken {
  const found = words(text, annotations).find((w) => w.text === form)
  if (!found) throw new Error(`no word ${form}`)
  return found
}

describe('keys', () => {
  it('strips the sense id and a leading sich to get the lemma', () => {
    expect(lemmaOfKey('der#article')).toBe('der')
    expect(lemmaOfKey('sich herausstellen')).toBe('herausstellen')
    expect(headwordOfKey('sich herausstellen')).toBe('sich herausstellen')
    expect(headwordOfKey('Maschine#plane')).toBe('Maschine')
  })
})

describe('splitBlock', () => {
  it('keeps every character and marks sentence starts, also after quotes and colons', () => {
    const text = 'Er sagt: „Keinen Deal.“ Und dann? Nichts.'
    const parts = splitBlock([{ text }])
    expect(parts.map((part) => part.text).join('')).toBe(text)
    const starts = parts
      .filter((part): part is WordToken => part.kind === 'word' && part.sentenceStart)
      .map((part) => part.text)
    expect(starts).toEqual(['Er', 'Keinen', 'Und', 'Nichts'])
  })

  it('marks the first word in brackets as a sentence start: a stage direction may open there', () => {
    const parts = splitBlock([{ text: 'Ich bitte dich, (Leise.) mein Freund, geh.' }])
    const starts = parts
      .filter((part): part is WordToken => part.kind === 'word' && part.sentenceStart)
      .map((part) => part.text)
    expect(starts).toEqual(['Ich', 'Leise', 'mein'])
  })

  it('leaves runs in another language as plain text, not German words', () => {
    const parts = splitBlock([{ text: 'Er ruft: ' }, { text: 'Next time!', lang: 'en' }])
    expect(parts.filter((part) => part.kind === 'word').map((part) => part.text)).toEqual([
      'Er',
      'ruft',
    ])
    expect(parts.at(-1)).toEqual({ kind: 'plain', text: 'Next time!', lang: 'en' })
  })

  it('records the punctuation between words', () => {
    const parts = splitBlock([{ text: 'Franklin D. Roosevelt, Trump' }])
    const byText = Object.fromEntries(
      parts.flatMap((part) => (part.kind === 'word' ? [[part.text, part.punctBefore]] : [])),
    )
    expect(byText).toEqual({ Franklin: '', D: '', Roosevelt: '.', Trump: ',' })
  })
})

describe('the analysis engine: single words', () => {
  it('maps inflected forms to their lemma with the analysis', () => {
    expect(find('Sie hätten Fortschritte gemacht.', 'hätten')).toMatchObject({
      entry: 'haben',
      morph: ['3.pl.subj2'],
    })
    expect(find('die Staatschefs', 'Staatschefs')).toMatchObject({
      entry: 'Staatschef',
      morph: ['gen.sg', 'nom.pl'],
    })
  })

  it('maps a word that is its own lemma with no analysis', () => {
    expect(find('der Gipfel', 'Gipfel')).toMatchObject({ entry: 'Gipfel', morph: [] })
  })

  it('lowercases a capitalised word at the start of a sentence', () => {
    expect(find('Und dafür?', 'Und').entry).toBe('und')
    expect(find('Gut. Doch nichts.', 'Doch').entry).toBe('doch')
    expect(find('Die Frage', 'Die').entry).toBe('der#article')
  })

  it('does not lowercase a capitalised word inside a sentence when it is known as written', () => {
    expect(analysesOf('Weißen', false, lexicon)).toEqual([{ lemma: 'Weißen', morph: [] }])
  })

  it('finds words inside quotes', () => {
    expect(find('„Fragen“ gab es', 'Fragen')).toMatchObject({ entry: 'Frage', morph: ['pl'] })
  })

  it('maps contractions to their own entries', () => {
    expect(find('zum Gipfel', 'zum').entry).toBe('zum')
    expect(find('im Gipfel', 'im').entry).toBe('im')
  })

  it('maps hyphenated words and the truncated first part of a hyphen ellipsis', () => {
    expect(find('US-Präsident Trump', 'US-Präsident').entry).toBe('US-Präsident')
    const staats = find('der Staats- und Regierungschefs', 'Staats-')
    expect(staats).toMatchObject({ entry: 'Staatschef', morph: ['trunc'] })
    expect(find('der Staats- und Regierungschefs', 'Regierungschefs').entry).toBe('Regierungschef')
  })

  it('gives numbers a value instead of an entry, and leaves unknown words uncovered', () => {
    // Lowercase: a capitalised word no source knows is read as a name.
    const result = match('seit 2019 nichts xyz.')
    const year = result.blocks[0]!.parts.find((part) => part.text === '2019') as WordToken
    expect(year.number).toBe(2019)
    expect(result.uncovered.map((u) => u.word)).toEqual(['seit', 'nichts', 'xyz'])
  })

  it('takes the sense the sentence gives, and the annotated one where told', () => {
    const text = 'der Gipfel, der nichts brachte'
    expect(words(text).map((w) => w.entry)).toEqual([
      'der#article',
      'Gipfel',
      'der#relative',
      undefined,
      undefined,
    ])
    const annotated = words(text, {
      senses: [{ block: 1, token: 'der', entry: 'der#relative' }],
      units: [],
    })
    expect(annotated[0]!.entry).toBe('der#relative')
    expect(annotated[2]!.entry).toBe('der#relative')
  })
})

describe('the analysis engine: separable verbs', () => {
  it('joins a verb and its clause-final particle, with one word between', () => {
    const result = match('Trump stimmte zu, weil er hoffte.')
    const unit = result.units[0]!
    expect(unit).toMatchObject({ kind: 'separable', entry: 'zustimmen' })
    const [verbWord, particle] = unit.words.map(
      (index) => result.blocks[0]!.parts.filter((p) => p.kind === 'word')[index] as WordToken,
    )
    expect(verbWord).toMatchObject({ text: 'stimmte', entry: 'zustimmen', morph: ['3.sg.pret'] })
    expect(particle).toMatchObject({ text: 'zu', entry: 'zustimmen', morph: [] })
  })

  it('joins across several words and finds a reflexive separable verb', () => {
    const stellt = find('Doch es stellt sich bald heraus: nichts.', 'stellt')
    const heraus = find('Doch es stellt sich bald heraus: nichts.', 'heraus')
    expect(stellt.entry).toBe('sich herausstellen')
    expect(heraus.entry).toBe('sich herausstellen')
    expect(stellt.units).toEqual(heraus.units)
    expect(find('Doch es stellt sich bald heraus: nichts.', 'sich').entry).toBe('sich')
  })

  it('joins a particle that opens the clause before the verb', () => {
    const result = match('Zurück bleibt die Frage.')
    expect(result.units).toEqual([
      { id: 0, block: 1, kind: 'separable', entry: 'zurückbleiben', words: [0, 1] },
    ])
  })

  it('finds the particle before a quote or a dash ends the clause', () => {
    expect(find('wirft der auf Englisch ein: „Nein“', 'wirft').entry).toBe('einwerfen')
    expect(find('wirft er ein - und geht', 'ein').entry).toBe('einwerfen')
  })

  it('does not join a particle from the next clause', () => {
    const result = match('Er wirft den Ball, und er stimmte zu.')
    expect(result.units.map((u) => u.entry)).toEqual(['zustimmen'])
    expect(find('Er wirft den Ball, und er stimmte zu.', 'wirft').entry).toBeUndefined()
  })

  it('joins verbs the rule misses through a unit annotation', () => {
    const result = match('Er wirft, laut Zeugen, ein', {
      senses: [],
      units: [{ block: 1, tokens: ['wirft', 'ein'], entry: 'einwerfen' }],
    })
    expect(result.units).toEqual([
      { id: 0, block: 1, kind: 'separable', entry: 'einwerfen', words: [1, 4] },
    ])
    expect(find('Er wirft, laut Zeugen, ein', 'wirft').morph).toEqual([])
  })
})

describe('the analysis engine: phrases', () => {
  it('finds a contiguous phrase and keeps the single words', () => {
    const result = match('den Äußerungen nach zu urteilen')
    expect(result.units).toEqual([
      { id: 0, block: 1, kind: 'phrase', entry: 'nach zu urteilen', words: [2, 3, 4] },
    ])
    expect(find('den Äußerungen nach zu urteilen', 'urteilen').entry).toBe('urteilen')
  })

  it('does not find a phrase across punctuation', () => {
    expect(match('nach, zu urteilen').units).toEqual([])
  })

  it('matches inflected phrase variants and abbreviations written with a dot', () => {
    expect(match('Strafen des Weißen Hauses').units[0]!.entry).toBe('das Weiße Haus')
    expect(match('bei Franklin D. Roosevelt').units[0]!.words).toEqual([1, 2, 3])
    expect(fitsPattern(words('Franklin D Roosevelt'), lexiconFile.phrases[2]!.tokens)).toBe(false)
  })

  it('builds discontinuous idioms from unit annotations', () => {
    const result = match('Sie halten Händchen und reden', {
      senses: [],
      units: [{ block: 1, tokens: ['halten', 'Händchen'], entry: 'Händchen halten' }],
    })
    expect(result.units).toEqual([
      { id: 0, block: 1, kind: 'phrase', entry: 'Händchen halten', words: [1, 2] },
    ])
  })

  it('keeps one unit when a pattern and an annotation find the same words', () => {
    const result = match('nach zu urteilen', {
      senses: [],
      units: [{ block: 1, tokens: ['nach', 'zu', 'urteilen'], entry: 'nach zu urteilen' }],
    })
    expect(result.units).toHaveLength(1)
  })
})

describe('the analysis engine: annotation problems', () => {
  it('reports annotations naming words or entries that do not exist', () => {
    const result = match('der Gipfel', {
      senses: [
        { block: 1, token: 'der@3', entry: 'der#relative' },
        { block: 1, token: 'Gipfel', entry: 'Gipfel#mountain' },
      ],
      units: [{ block: 1, tokens: ['der', 'Xyz'], entry: 'Händchen halten' }],
    })
    expect(result.problems).toEqual([
      'block 1: unit "Händchen halten" names "Xyz", not in the block',
      'block 1: "der@3" does not occur',
      'block 1: "Gipfel" points to "Gipfel#mountain", not in the vocabulary',
    ])
  })
})
