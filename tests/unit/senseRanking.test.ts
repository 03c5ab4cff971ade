import { describe, expect, it } from 'vitest'
import type { PartOfSpeech } from '@/lib/vocabulary/grammar'
import { getDictionary } from '@/lib/dictionary/load'
import { modifierGloss } from '@/lib/dictionary/compoundGloss'
import { isCognate } from '@/lib/dictionary/rankSenses'
import { orderSenses } from '@/lib/dictionary/senseInContext'
import { popupGloss, readSense } from '@/lib/dictionary/senses'

// The committed index, built from Ding with SUBTLEX-US counts (data/dictionary/README.md).
const { dictionary } = getDictionary()
const sensesOf = (lemma: string, pos: PartOfSpeech) =>
  dictionary.entries(lemma).find((entry) => entry.pos === pos)!.senses
/** The glosses of a word's first `count` senses, labels left out. */
const glosses = (lemma: string, pos: PartOfSpeech, count = 1) =>
  sensesOf(lemma, pos)
    .slice(0, count)
    .flatMap((sense) => readSense(sense).glosses)
    .join('; ')

describe('the sense a learner needs first, in the committed index', () => {
  it('puts the everyday sense of common words first', () => {
    expect(glosses('anrufen', 'verb')).toMatch(/\b(?:call|phone)\b/)
    expect(glosses('aufmachen', 'verb')).toMatch(/\bopen\b/)
    expect(glosses('aufgeben', 'verb')).toMatch(/\bgive up\b/)
    expect(glosses('Zug', 'noun')).toMatch(/\btrain\b/)
    expect(glosses('Stelle', 'noun')).toMatch(/\bplace\b/)
    expect(glosses('Rechnung', 'noun')).toMatch(/\bbill\b/)
    expect(glosses('pflanzen', 'verb')).toMatch(/\bplant\b/)
  })

  it('keeps the other common senses among the first three', () => {
    expect(glosses('natürlich', 'adv', 3)).toMatch(/\bof course\b/)
    expect(glosses('Gericht', 'noun', 3)).toMatch(/\bdish\b/)
    expect(glosses('Schloss', 'noun', 3)).toMatch(/\bcastle\b/)
    expect(popupGloss(sensesOf('Bank', 'noun'))).toMatch(/\bbench\b/)
    expect(glosses('Satz', 'noun', 3)).toMatch(/\bsentence\b/)
  })

  it('puts first the sense many of Ding’s entries use, not one it writes out in one line', () => {
    // Absatzmarkt, Absatzzahlen …: sales; unbemerkt, bemerkenswert: notice; Rostschutz: rust.
    expect(glosses('Absatz', 'noun')).toMatch(/\bsales\b/)
    expect(glosses('bemerken', 'verb')).toMatch(/\bnotice\b/)
    expect(glosses('zunehmen', 'verb')).toMatch(/\bincrease\b/)
    expect(glosses('Rost', 'noun')).toMatch(/\brust\b/)
    // Labels cost once: poisonous [bot.] [chem.] [pharm.] is no rarer for its three fields.
    expect(glosses('giftig', 'adj')).toMatch(/\bpoisonous\b/)
    expect(dictionary.entries('Alter').find((entry) => entry.gender === 'n')!.senses[0]).toMatch(
      /^age\b/,
    )
  })

  it('gives the popup at most three glosses, the dish among Gericht’s', () => {
    expect(popupGloss(sensesOf('anrufen', 'verb'))).toMatch(/^to call\b.*\bto (?:tele)?phone\b/)
    // Ding's first synonym gives way to one far more common in English.
    expect(glosses('Stärke', 'noun')).toMatch(/^strength\b/)
    expect(popupGloss(sensesOf('Gericht', 'noun'))).toMatch(/\bdish\b/)
    for (const lemma of ['Zug', 'Bank', 'Schloss', 'Satz', 'Mittel'])
      expect(popupGloss(sensesOf(lemma, 'noun')).split(/[;,] /u).length).toBeLessThanOrEqual(3)
  })
})

describe('a cognate among the synonyms of a sense', () => {
  it('tells cognates by their shared start, in the spellings the two languages use', () => {
    expect(isCognate('Produktion', 'production')).toBe(true)
    expect(isCognate('Kapitalismus', 'capitalism')).toBe(true)
    expect(isCognate('effizient', 'efficient')).toBe(true)
    expect(isCognate('Produktion', 'making')).toBe(false)
    // A phrase is no cognate, nor is a short word sharing a few letters.
    expect(isCognate('Industrie', 'factory industry')).toBe(false)
    expect(isCognate('Rat', 'rat')).toBe(false)
  })

  it('puts the cognate first in its sense, and so glosses a compound with it', () => {
    expect(glosses('Produktion', 'noun')).toMatch(/^production\b/)
    expect(modifierGloss(dictionary.entries('Produktion')[0]!)).toBe('production')
  })
})

describe('the sense the aligned English chose, from the committed index', () => {
  it('puts the dish first for a dish, the call for a call', () => {
    expect(orderSenses(sensesOf('Gericht', 'noun'), 'She served the dish on a plate.')[0]).toMatch(
      /\bdish\b/,
    )
    expect(orderSenses(sensesOf('anrufen', 'verb'), 'He called his mother.')[0]).toMatch(
      /\bcall sb\./,
    )
    expect(orderSenses(sensesOf('Satz', 'noun'), 'Read the first sentence aloud.')[0]).toMatch(
      /\bsentence\b/,
    )
  })
})

describe('homonyms of one spelling and part of speech, in the committed index', () => {
  const first = (lemma: string) => dictionary.entries(lemma).find((entry) => entry.pos === 'noun')!

  it('gives first the headword Ding writes out, not a slip in a list of synonyms', () => {
    expect(first('Leben')).toMatchObject({ gender: 'n' })
    expect(readSense(first('Leben').senses[0]!).glosses).toContain('life')
    expect(first('Riese')).toMatchObject({ gender: 'm' })
    expect(first('Arm')).toMatchObject({ gender: 'm' })
  })

  it('does not read a field named in a note as the sense’s field', () => {
    expect(sensesOf('Rost', 'noun')).toContain('rust')
  })
})
