import { describe, expect, it } from 'vitest'
import { orderSenses, senseFittingTranslation, stem } from '@/lib/dictionary/senseInContext'

// Senses as the index stores them, in an order that puts the wanted one late.
const gericht = ['[jur.] law court; court', '[veraltend] viand [archaic]', 'dish; item of food']
const anrufen = [
  'to appeal',
  'to invoke',
  'to telephone sb.; to phone sb.; to ring sb. [Br.]; to ring up sb. [Br.]; to call sb. [Am.]',
  'to call out to sb.',
]

describe('the sense that fits the English translation', () => {
  it('finds the sense whose gloss the translation uses, inflected', () => {
    expect(senseFittingTranslation(gericht, 'She served the dish on a plate.')).toBe(2)
    expect(senseFittingTranslation(gericht, 'The court adjourned until Monday.')).toBe(0)
    expect(senseFittingTranslation(anrufen, 'He called his mother.')).toBe(2)
    expect(senseFittingTranslation(anrufen, 'She phoned twice yesterday.')).toBe(2)
    expect(
      senseFittingTranslation(
        ['naturally (not artificially)', 'naturally; of course'],
        'Of course not!',
      ),
    ).toBe(1)
  })

  it('reads past placeholders and possessives', () => {
    expect(
      senseFittingTranslation(['to plant', 'to pull sb.’s leg'], 'Are you pulling my leg?'),
    ).toBe(1)
    // An irregular past (made) is beyond a suffix stemmer.
    expect(
      senseFittingTranslation(["to make up one's mind"], 'She made up her mind.'),
    ).toBeUndefined()
    expect(senseFittingTranslation(["to make up one's mind"], 'Make up your mind!')).toBe(0)
  })

  it('prefers the gloss with more words in the translation, then the earlier sense', () => {
    expect(senseFittingTranslation(anrufen, 'He called out to his mother across the yard.')).toBe(3)
    expect(senseFittingTranslation(['spot', 'place; spot'], 'A quiet spot by the river.')).toBe(0)
  })

  it('needs every content word of a gloss; function words, labels and brackets do not count', () => {
    expect(senseFittingTranslation(gericht, 'He ate a lot of food.')).toBeUndefined()
    expect(
      senseFittingTranslation(['bench (in a public area)'], 'In a public area.'),
    ).toBeUndefined()
    expect(senseFittingTranslation(['viand [archaic]'], 'An archaic word.')).toBeUndefined()
    expect(senseFittingTranslation(['to be sth.'], 'It is to be done.')).toBeUndefined()
    expect(senseFittingTranslation(gericht, '')).toBeUndefined()
  })

  it('orders the fitting sense first and leaves the others as they were', () => {
    expect(orderSenses(gericht, 'She served the dish on a plate.')).toEqual([
      'dish; item of food',
      '[jur.] law court; court',
      '[veraltend] viand [archaic]',
    ])
    expect(orderSenses(gericht, 'Nothing here fits.')).toEqual(gericht)
    expect(orderSenses(gericht)).toEqual(gericht)
    expect(orderSenses(gericht)).not.toBe(gericht)
  })
})

describe('the English stemmer', () => {
  it('gives a word and its regular inflections one stem', () => {
    const same = [
      ['serve', 'served', 'serves', 'serving'],
      ['dish', 'dishes'],
      ['party', 'parties', 'partied'],
      ['call', 'called', 'calling', 'calls'],
      ['plan', 'planned', 'planning'],
      ['phone', 'phoned', 'phoning'],
      ['house', 'houses'],
    ]
    for (const words of same) expect(new Set(words.map(stem)).size).toBe(1)
    expect(stem('ring')).toBe('ring')
    expect(stem('bus')).toBe('bus')
  })
})
