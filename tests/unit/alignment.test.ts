import { describe, expect, it } from 'vitest'
import { dictionaryAnchors } from '@/lib/alignment/anchors'
import { align, type Link } from '@/lib/alignment/align'
import { splitSentences } from '@/lib/text/sentences'

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

  it('in English, after Mr., Dr., St. and e.g. a sentence goes on', () => {
    expect(sentences('Mr. Smith came, e.g. on Monday. Then St. Paul spoke.', 'en')).toEqual([
      'Mr. Smith came, e.g. on Monday.',
      'Then St. Paul spoke.',
    ])
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
