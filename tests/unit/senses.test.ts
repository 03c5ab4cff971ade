import { describe, expect, it } from 'vitest'
import { firstGloss, popupGloss, readSense } from '@/lib/dictionary/senses'

describe('a stored sense', () => {
  it('reads its restricting labels and its glosses', () => {
    expect(readSense('[jur.] [adm.] law court; court')).toEqual({
      labels: ['jur.', 'adm.'],
      glosses: ['law court', 'court'],
    })
    expect(readSense('bill [Br.]; check [Am.]')).toEqual({
      labels: [],
      glosses: ['bill [Br.]', 'check [Am.]'],
    })
    expect(firstGloss('[geogr.] Aachen')).toBe('Aachen')
  })
})

describe('the popup gloss', () => {
  it('shows two glosses of the first sense and the first of the next, three in all', () => {
    expect(
      popupGloss([
        'to telephone sb.; to phone sb.; to ring sb. [Br.]',
        'to call out to sb.',
        'to appeal',
      ]),
    ).toBe('to telephone sb., to phone sb.; to call out to sb.')
    expect(popupGloss(['train', 'move; play', 'pull; puff', 'stroke'])).toBe('train; move; pull')
  })

  it('lets a single sense fill all three', () => {
    expect(popupGloss(['place; spot; position; site'])).toBe('place, spot, position')
    expect(popupGloss([])).toBe('')
  })

  it('shows the labels of a later sense, not of the first', () => {
    expect(popupGloss(['[jur.] law court; court', 'dish; item of food'])).toBe(
      'law court, court; dish',
    )
    expect(popupGloss(['dish; item of food', '[jur.] law court; court'])).toBe(
      'dish, item of food; law court [jur.]',
    )
  })

  it('leaves out a gloss with a register or period label unless its sense has no other', () => {
    expect(popupGloss(['to vomit; to egurgitate [rare]; to degorge [archaic]'])).toBe('to vomit')
    expect(popupGloss(['bill [Br.]; check [Am.]', 'viand [archaic]'])).toBe(
      'bill [Br.], check [Am.]; viand [archaic]',
    )
  })

  it('does not show a gloss twice: a later sense shows its first new one', () => {
    expect(popupGloss(['[fin.] bank', 'bench', '[geol.] bank; massive bed'])).toBe(
      'bank; bench; massive bed [geol.]',
    )
  })
})
