import { describe, expect, it } from 'vitest'
import { contentTokens, countWords, tokenize, type Token } from '@/lib/text/tokenize'

const kinds = (tokens: Token[]) => tokens.map((token) => [token.kind, token.text])

describe('tokenize', () => {
  const inputs = [
    '',
    'Der Gipfel in Alaska ist historisch.',
    'Größe, Maß und Fußgängerübergänge: Äpfel, Öl, Übermut, ẞ.',
    'Insbesondere nicht im "wichtigsten". "Keinen Deal" gebe es.',
    'Einige „typografische“ und ‚halbe‘ Anführungszeichen, ‘single’ and “double”.',
    'Nur wegen der Umstände - nicht des Inhalts – und nicht — des Wetters.',
    'US-Präsident Donald Trump und vier F-35-Kampfjets, ein B2-Tarnkappenbomber.',
    'Die europäischen Staats- und Regierungschefs telefonieren.',
    'seit 2019, 2016 und 2018; 3,5 Prozent oder 1.000 Euro',
    '  führende\tLeerzeichen\n\nund Zeilenumbrüche\r\n am Ende  ',
    "geht's los? Ja! (Vielleicht…) [Next time in Moscow!]{lang=en}",
    'Gro\u0308\u00dfe A\u0308rger u\u0308ber O\u0308l', // NFD umlauts
  ]

  it.each(inputs)('covers %j without gaps, so the tokens reassemble to it', (input) => {
    const tokens = tokenize(input)
    expect(tokens.map((token) => token.text).join('')).toBe(input)
    let offset = 0
    for (const token of tokens) {
      expect(token.start).toBe(offset)
      expect(input.slice(token.start, token.start + token.text.length)).toBe(token.text)
      expect(token.text).not.toBe('')
      offset += token.text.length
    }
    expect(offset).toBe(input.length)
  })

  it('splits a sentence into words, spaces and punctuation', () => {
    expect(kinds(tokenize('Es gibt keinen Deal.'))).toEqual([
      ['word', 'Es'],
      ['space', ' '],
      ['word', 'gibt'],
      ['space', ' '],
      ['word', 'keinen'],
      ['space', ' '],
      ['word', 'Deal'],
      ['punct', '.'],
    ])
  })

  it('keeps umlauts and ß inside words', () => {
    expect(contentTokens('Größe Äußerungen übergibt Maß')).toEqual([
      'Größe',
      'Äußerungen',
      'übergibt',
      'Maß',
    ])
  })

  it('keeps decomposed (NFD) umlauts inside their word', () => {
    const nfd = 'Gro\u0308\u00dfe A\u0308rger'
    const tokens = tokenize(nfd)
    expect(kinds(tokens)).toEqual([
      ['word', 'Gro\u0308\u00dfe'],
      ['space', ' '],
      ['word', 'A\u0308rger'],
    ])
    expect(contentTokens(nfd.normalize('NFC'))).toEqual(['Größe', 'Ärger'])
  })

  it('makes each straight quote its own punctuation token', () => {
    expect(kinds(tokenize('"Keinen Deal"'))).toEqual([
      ['punct', '"'],
      ['word', 'Keinen'],
      ['space', ' '],
      ['word', 'Deal'],
      ['punct', '"'],
    ])
  })

  it('treats a spaced " - " dash as punctuation, not part of a word', () => {
    expect(kinds(tokenize('Umstände - nicht'))).toEqual([
      ['word', 'Umstände'],
      ['space', ' '],
      ['punct', '-'],
      ['space', ' '],
      ['word', 'nicht'],
    ])
  })

  it('keeps hyphenated compounds as one word', () => {
    expect(contentTokens('US-Präsident')).toEqual(['US-Präsident'])
    expect(contentTokens('vier F-35-Kampfjets')).toEqual(['vier', 'F-35-Kampfjets'])
    expect(tokenize('F-35-Kampfjets')[0]?.kind).toBe('word')
    expect(contentTokens('russisch-amerikanische')).toEqual(['russisch-amerikanische'])
  })

  it('keeps inner apostrophes inside a word', () => {
    expect(contentTokens("geht's")).toEqual(["geht's"])
    expect(contentTokens('Trump’s')).toEqual(['Trump’s'])
  })

  it('keeps a truncation hyphen with its word ("Staats- und Regierungschefs")', () => {
    expect(kinds(tokenize('Staats- und Regierungschefs'))).toEqual([
      ['word', 'Staats-'],
      ['space', ' '],
      ['word', 'und'],
      ['space', ' '],
      ['word', 'Regierungschefs'],
    ])
    expect(contentTokens('"Geschäfts- und pragmatische"')).toEqual([
      '"',
      'Geschäfts-',
      'und',
      'pragmatische',
      '"',
    ])
  })

  it('keeps a hyphen at the very end of the input with its word', () => {
    expect(contentTokens('Staats-')).toEqual(['Staats-'])
  })

  it('does not attach a hyphen followed by punctuation', () => {
    expect(contentTokens('Staats-.')).toEqual(['Staats', '-', '.'])
  })

  it('classifies digit runs as numbers and mixed tokens as words', () => {
    const tokens = tokenize('seit 2019 und B2 und F-35')
    expect(tokens.filter((token) => token.kind === 'number').map((token) => token.text)).toEqual([
      '2019',
    ])
    expect(tokens.find((token) => token.text === 'B2')?.kind).toBe('word')
    expect(tokens.find((token) => token.text === 'F-35')?.kind).toBe('word')
  })

  it('splits decimal and thousands separators off a number', () => {
    expect(kinds(tokenize('3,5'))).toEqual([
      ['number', '3'],
      ['punct', ','],
      ['number', '5'],
    ])
  })

  it('merges runs of white space into one space token', () => {
    expect(kinds(tokenize('a \t\n b'))).toEqual([
      ['word', 'a'],
      ['space', ' \t\n '],
      ['word', 'b'],
    ])
  })

  it('returns no tokens for empty input', () => {
    expect(tokenize('')).toEqual([])
    expect(contentTokens('')).toEqual([])
  })
})

describe('contentTokens', () => {
  it('drops white space but keeps words, numbers and punctuation', () => {
    expect(contentTokens('  Er sagt:  "Nein", 2018.\n')).toEqual([
      'Er',
      'sagt',
      ':',
      '"',
      'Nein',
      '"',
      ',',
      '2018',
      '.',
    ])
  })
})

describe('countWords', () => {
  it('counts words and numbers, not punctuation or spaces', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('   ')).toBe(0)
    expect(countWords(' - "?" ')).toBe(0)
    expect(countWords('Es gibt keinen Deal.')).toBe(4)
    expect(countWords('Seit 2019, sagt er.')).toBe(4)
  })

  it('counts a hyphenated compound or truncated word once', () => {
    expect(countWords('US-Präsident und vier F-35-Kampfjets')).toBe(4)
    expect(countWords('die Staats- und Regierungschefs')).toBe(4)
  })

  it('does not count a spaced dash as a word', () => {
    expect(countWords('Umstände - nicht des Inhalts')).toBe(4)
  })

  it('counts an NFD word the same as its NFC form', () => {
    const nfc = 'Äußerungen über Größe'
    expect(countWords(nfc.normalize('NFD'))).toBe(countWords(nfc))
    expect(countWords(nfc)).toBe(3)
  })
})
