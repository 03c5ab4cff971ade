import { describe, expect, it } from 'vitest'
import { dictionaryAnchors } from '@/lib/alignment/anchors'
import { alignParagraphs, pairChapters } from '@/lib/alignment/books'
import type { BookChapter } from '@/lib/books/types'
import { align, type Link } from '@/lib/alignment/align'
import { isBracketed, isHeading } from '@/lib/alignment/shape'
import { sentenceAround, splitSentences } from '@/lib/text/sentences'

/** The links without their confidence. */
const links = (...args: Parameters<typeof align>) =>
  align(...args).map(({ de, en }: Link) => ({ de, en }))

const sentences = (text: string, language: 'de' | 'en') =>
  splitSentences(text, language).map((sentence) => sentence.text)

describe('sentences of a block', () => {
  it('do not end at abbreviations, ordinals, initials or a Roman numeral in a name', () => {
    expect(
      sentences(
        'Am 15. August kam Dr. Müller, z. B. mit Hrn. Meier usw. Dann ging er. Im 3. Kapitel schrieb J. W. Goethe es. Ludwig XIV. war König. Es war 1914. Der Krieg begann.',
        'de',
      ),
    ).toEqual([
      'Am 15. August kam Dr. Müller, z. B. mit Hrn. Meier usw.',
      'Dann ging er.',
      'Im 3. Kapitel schrieb J. W. Goethe es.',
      'Ludwig XIV. war König.',
      'Es war 1914.',
      'Der Krieg begann.',
    ])
  })

  it('end at quotes, questions and exclamations, and keep their offsets', () => {
    const text = 'Er sagte: „Komm!“ Sie kam... Und dann? „Ja“, sagte sie.'
    const found = splitSentences(text, 'de')
    expect(found.map((s) => s.text)).toEqual([
      'Er sagte: „Komm!“',
      'Sie kam...',
      'Und dann?',
      '„Ja“, sagte sie.',
    ])
    for (const sentence of found)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })

  it('in English, the pronoun I ends a sentence, and a quote goes on into "I replied"', () => {
    expect(
      sentences(
        '"Shall I help you?" said I. She blushed. "No ceremony!" I replied. J. I. Smith came.',
        'en',
      ),
    ).toEqual([
      '"Shall I help you?" said I.',
      'She blushed.',
      '"No ceremony!" I replied.',
      'J. I. Smith came.',
    ])
  })

  it('in English, after Mr., Dr., St. and e.g. a sentence goes on', () => {
    expect(sentences('Mr. Smith came, e.g. on Monday. Then St. Paul spoke.', 'en')).toEqual([
      'Mr. Smith came, e.g. on Monday.',
      'Then St. Paul spoke.',
    ])
  })
})

describe('the sentence around a word', () => {
  const block = '  Am 15. August kam Dr. Müller, z. B. mit Hrn. Meier. Dann ging er. '

  it('is the one splitter’s sentence that holds the offset, trimmed', () => {
    expect(sentenceAround(block, block.indexOf('Meier'))).toBe(
      'Am 15. August kam Dr. Müller, z. B. mit Hrn. Meier.',
    )
    expect(sentenceAround(block, block.indexOf('ging'))).toBe('Dann ging er.')
    // Before the first sentence (white space) and after the last: the nearest one.
    expect(sentenceAround(block, 0)).toBe('Am 15. August kam Dr. Müller, z. B. mit Hrn. Meier.')
    expect(sentenceAround(block, block.length)).toBe('Dann ging er.')
    expect(sentenceAround('', 0)).toBe('')
  })
})

describe('pairing sentences inside a block pair', () => {
  it('one to one when the lengths agree', () => {
    const found = links(
      ['Der Hund bellt laut.', 'Die Katze schläft auf dem Sofa im Wohnzimmer.', 'Es regnet.'],
      ['The dog barks loudly.', 'The cat is asleep on the sofa in the living room.', 'It rains.'],
    )
    expect(found).toEqual([
      { de: [0], en: [0] },
      { de: [1], en: [1] },
      { de: [2], en: [2] },
    ])
  })

  it('one German sentence to two English ones, found by length and anchors', () => {
    const de = [
      'Am 3. Mai 2021 traf sich der Rat in Bern, und nach langer Debatte beschloss er, das Gesetz zu ändern.',
      'Niemand war dagegen.',
    ]
    const en = [
      'On 3 May 2021 the council met in Bern.',
      'After a long debate it decided to change the law.',
      'Nobody was against it.',
    ]
    expect(links(de, en)).toEqual([
      { de: [0], en: [0, 1] },
      { de: [1], en: [2] },
    ])
  })

  it('a long sentence the translation leaves out links to nothing', () => {
    const glosses: Record<string, string[]> = {
      Bäcker: ['baker'],
      Brot: ['bread'],
      Morgen: ['morning'],
      Kunden: ['customers'],
      Laden: ['shop'],
      Mittag: ['noon', 'midday'],
    }
    const de = [
      'Der Bäcker backt jeden Morgen frisches Brot für das ganze Dorf.',
      'Das hat uns der Bürgermeister bei seinem Besuch im letzten Sommer ausführlich und mit großer Begeisterung erzählt.',
      'Um Mittag schließt er seinen Laden und geht nach Hause zu seinen Kunden.',
    ]
    const en = [
      'Every morning the baker bakes fresh bread for the whole village.',
      'At noon he closes his shop and goes home to his customers.',
    ]
    expect(
      links(
        de,
        en,
        dictionaryAnchors((word: string) => glosses[word] ?? []),
      ),
    ).toEqual([
      { de: [0], en: [0] },
      { de: [1], en: [] },
      { de: [2], en: [1] },
    ])
  })

  it('a side without sentences leaves the other unlinked', () => {
    expect(links(['Nur Deutsch.'], [])).toEqual([{ de: [0], en: [] }])
  })
})

describe('headings, notes and pieces left out', () => {
  it('know a date line or a heading from prose, and a note in brackets', () => {
    expect(['Am 4. Mai 1771', 'MAY 12.', 'BOOK I', 'THE SAME EVENING.'].map(isHeading)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(['Lieber!', 'Sie dankte.', 'Es war ein schöner Tag im Mai.'].map(isHeading)).toEqual([
      false,
      false,
      false,
    ])
    expect(isBracketed('(The reader need not look for the place.')).toBe(true)
    expect(isBracketed('We changed the names.)')).toBe(true)
    expect(isBracketed('He came (at last) home.')).toBe(false)
  })

  it('a date line pairs with a date line, alone: one only the translation has stays unpaired', () => {
    const de = [
      'Am 4. Mai 1771',
      'Wie froh bin ich, daß ich weg bin! Bester Freund, was ist das Herz des Menschen!',
      'Am 10. Mai',
      'Eine wunderbare Heiterkeit hat meine ganze Seele eingenommen.',
    ]
    const en = [
      'BOOK I',
      'MAY 4.',
      'How happy I am that I am gone! My dear friend, what a thing is the heart of man!',
      'MAY 10.',
      'A wonderful serenity has taken possession of my entire soul.',
      'MAY 12.',
    ]
    expect(links(de, en)).toEqual([
      { de: [], en: [0] },
      { de: [0], en: [1] },
      { de: [1], en: [2] },
      { de: [2], en: [3] },
      { de: [3], en: [4] },
      { de: [], en: [5] },
    ])
  })

  it('is surer of a link no other pairing comes near than of one with a close rival', () => {
    const clear = align(
      ['Der Hund bellt laut.', 'Die Katze schläft auf dem Sofa im Wohnzimmer.'],
      ['The dog barks loudly.', 'The cat is asleep on the sofa in the living room.'],
    )
    // Two short English sentences that could both, or either, go with the one German one.
    const rivalled = align(['Er kam und ging wieder.'], ['He came.', 'He went again.'])
    expect(Math.min(...clear.map((link) => link.confidence))).toBeGreaterThan(0.9)
    expect(rivalled[0]!.confidence).toBeLessThan(Math.min(...clear.map((link) => link.confidence)))
  })
})

describe('a book beside its translation', () => {
  const chapter = (title: string, ...texts: string[]): BookChapter => ({
    title,
    blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
  })
  // The English chapters in English: German nouns on both sides (Wald) would be anchors.
  const longEnglish = (words: number, name: string) =>
    `${name} ${'walked through the forest and thought of nothing. '.repeat(words / 9)}`
  const long = (words: number, name: string) =>
    `${name} ${'ging durch den Wald und dachte an nichts. '.repeat(words / 8)}`

  it('pairs chapters by order, length and the numbers in their titles; a foreword only one side has stays alone', () => {
    const de = [
      chapter('Vorrede', long(80, 'Leser')),
      chapter('Erstes Kapitel', long(800, 'Peter')),
      chapter('II.', long(400, 'Lisbeth')),
      chapter('III.', long(1200, 'Holländer')),
    ]
    const en = [
      chapter('Chapter I', longEnglish(780, 'Peter')),
      chapter('Chapter II', longEnglish(420, 'Lisbeth')),
      chapter('Chapter III', longEnglish(1150, 'Holländer')),
    ]
    expect(pairChapters(de, en).map(({ de, en }) => ({ de, en }))).toEqual([
      { de: [0], en: [] },
      { de: [1], en: [0] },
      { de: [2], en: [1] },
      { de: [3], en: [2] },
    ])
  })

  it('pairs paragraphs with a confidence, and flags what is doubtful', () => {
    const block = (text: string) => ({ kind: 'paragraph' as const, text })
    const pairs = alignParagraphs(
      [
        block('Am 4. Mai 1771 kam Werther in die Stadt.'),
        block('Er schrieb Wilhelm jeden Abend einen langen Brief über alles, was er sah.'),
        block('Ein kurzer Satz.'),
      ],
      [
        block('On the 4th of May 1771 Werther came to the town.'),
        block('Every evening he wrote Wilhelm a long letter about everything he saw.'),
        block(
          'This English paragraph is far longer than its German counterpart and says something else entirely, at length, with many words that have nothing to do with it.',
        ),
      ],
    )
    expect(pairs.map(({ de, en }) => ({ de, en }))).toEqual([
      { de: [0], en: [0] },
      { de: [1], en: [1] },
      // Nothing speaks for pairing these two: each stands alone, for the reader to check.
      { de: [], en: [2] },
      { de: [2], en: [] },
    ])
    expect(pairs[0]!.confidence).toBeGreaterThan(0.9)
    expect(pairs[0]!.doubtful).toBe(false)
    expect(pairs.slice(2).map((pair) => pair.doubtful)).toEqual([true, true])
    // The pair between the sure one and the orphans is less sure than the first.
    expect(pairs[1]!.confidence).toBeLessThan(pairs[0]!.confidence)
  })
})
