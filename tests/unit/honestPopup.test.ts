// @vitest-environment happy-dom
import { createInstance } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { popupContent, popupLabels, readWordData } from '@/components/popup/popupContent'
import { applyWordRefs } from '@/components/popup/wordSpans'
import { AMBIGUITY_MARGIN, analyseText, closeSecond } from '@/lib/analysis/engine'
import type { Reading } from '@/lib/analysis/readings'
import { serverSources } from '@/lib/analysis/serverSources'
import { postedReading, readImportedText, type ReadingLabels } from '@/lib/import/read'
import { toReading } from '@/lib/import/reading'
import type { ImportedText } from '@/lib/import/types'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import type { WordToken } from '@/lib/vocabulary/match'
import { unreadKey, type PopupData } from '@/lib/vocabulary/present'
import common from '@/locales/en/common.json'
import commonDe from '@/locales/de/common.json'

const curated = { en: getLexiconFromFile('en'), de: getLexiconFromFile('de') }
const sources = serverSources(curated.en)
const lookups = { dictionary: sources.dictionary, morphology: sources.morphology }
const labels: ReadingLabels = {
  present: new Proxy({} as ReadingLabels['present'], {
    get: (_, name) =>
      name === 'pos' || name === 'articles' || name === 'cases' || name === 'morph'
        ? new Proxy({}, { get: (_, inner) => String(inner) })
        : `{{form}}`,
  }),
}

const reading = (lemma: string, score: number, pos: Reading['pos'] = 'verb'): Reading => ({
  lemma,
  pos,
  score,
  sources: ['dictionary'],
  morph: [],
})

const wordsOf = (text: string) => {
  const { matched } = analyseText([{ number: 1, spans: [{ text }] }], sources)
  return matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
}

function imported(de: string, corrections: Record<string, string> = {}): ImportedText {
  return {
    id: 'a',
    title: 'T',
    de: [{ kind: 'paragraph', text: de }],
    corrections,
    createdAt: 1,
    updatedAt: 1,
  }
}

describe('a second reading as likely as the first', () => {
  it('is offered within the margin, of another lemma only', () => {
    const chosen = reading('wissen', 90)
    expect(closeSecond(chosen, [reading('weiß', 90 - AMBIGUITY_MARGIN + 1, 'adj')])?.lemma).toBe(
      'weiß',
    )
    expect(closeSecond(chosen, [reading('weiß', 90 - AMBIGUITY_MARGIN, 'adj')])).toBeUndefined()
    // The same word as another part of speech, or Ding's plural headword, is no other reading.
    expect(
      closeSecond(reading('technisch', 90, 'adj'), [reading('technisch', 89, 'adv')]),
    ).toBeUndefined()
    expect(
      closeSecond(reading('Gedanke', 90, 'noun'), [reading('Gedanken', 89, 'noun')]),
    ).toBeUndefined()
    expect(closeSecond(reading('dass', 90, 'conj'), [reading('daß', 89, 'conj')])).toBeUndefined()
  })

  it('is given to an imported text’s word, both lemmas reaching its popup', () => {
    // After its subject (ich weiß) the sentence decides; after a copula it does not.
    const weiss = wordsOf('Die Wand ist weiß.')[3]!
    expect(weiss.alternative).toBeDefined()
    expect(new Set([lemmaOfKey(weiss.entry!), lemmaOfKey(weiss.alternative!)])).toEqual(
      new Set(['weiß', 'wissen']),
    )
    const reading = readImportedText(imported('Die Wand ist weiß.'), curated, lookups, 'en', labels)
    const ref = reading.blocks[0]!.refs[3]!
    expect(ref.alternative).toBeDefined()
    expect(reading.data.entries[ref.alternative!]!.key).toBe(weiss.alternative)
  })

  it('is not offered in a curated text, which an editor has checked', () => {
    const { matched } = analyseText(
      [{ number: 1, spans: [{ text: 'Die Wand ist weiß.' }] }],
      sources,
      {
        reviewed: true,
      },
    )
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    expect(words.some((word) => word.alternative)).toBe(false)
  })
})

describe('a word no source reads', () => {
  it('has a popup entry of its own, with no gloss and no key a word list would keep', () => {
    const reading = readImportedText(
      imported('Er bringt xyzquarkel mit.'),
      curated,
      lookups,
      'en',
      labels,
    )
    const ref = reading.blocks[0]!.refs[2]!
    expect(reading.data.entries[ref.entry]).toEqual({
      headword: 'xyzquarkel',
      pos: '',
      grammar: [],
      gloss: '',
      unread: unreadKey('xyzquarkel'),
    })
    expect(
      toReading(postedReading(reading, 'word-popup')).original(unreadKey('xyzquarkel')),
    ).toMatchObject({ gloss: '' })
  })

  it('shows the reader’s own gloss when the text has one for it', () => {
    const reading = readImportedText(
      imported('Er bringt xyzquarkel mit.', { [unreadKey('xyzquarkel')]: 'a cheese' }),
      curated,
      lookups,
      'en',
      labels,
    )
    const ref = reading.blocks[0]!.refs[2]!
    expect(reading.data.entries[ref.entry]).toMatchObject({
      gloss: 'a cheese',
      source: 'correction',
    })
  })
})

describe('the popup of an ambiguous or unread word', () => {
  const data: PopupData = {
    entries: [
      { key: 'weiß', headword: 'weiß', pos: 'adjective', grammar: [], gloss: 'white' },
      { key: 'wissen', headword: 'wissen', pos: 'verb', grammar: [], gloss: 'to know' },
      { headword: 'xyzquarkel', pos: '', grammar: [], gloss: '', unread: 'xyzquarkel#unread' },
    ],
    morphs: [],
    units: [],
  }
  const root = document.createElement('p')
  root.innerHTML = '<span class="w">weiß</span> <span class="w">xyzquarkel</span>'
  const [ambiguous, unread] = Array.from(root.querySelectorAll<HTMLElement>('.w'))
  beforeAll(() =>
    applyWordRefs(root, [
      { entry: 0, units: [], alternative: 1 },
      { entry: 2, units: [] },
    ]),
  )

  for (const [lng, resources, or, none] of [
    ['en', common, 'Or', /neither the vocabulary nor the dictionary/],
    ['de', commonDe, 'Oder', /Weder der Wortschatz noch das Wörterbuch/],
  ] as const) {
    it(`shows both readings, the second under “${or}”, and says when there is none (${lng})`, async () => {
      const i18n = createInstance()
      await i18n.init({ lng, resources: { [lng]: { common: resources } }, defaultNS: 'common' })
      const t = i18n.getFixedT(lng, 'common')
      const both = popupContent(ambiguous!, readWordData(ambiguous!)!, data, popupLabels(t), '')
      expect(both.map((section) => section.textContent)).toEqual([
        'weiß adjectivewhite',
        `${or}wissen verbto know`,
      ])
      const [alone] = popupContent(unread!, readWordData(unread!)!, data, popupLabels(t), '')
      expect(alone!.querySelector('.wp-pos')).toBeNull()
      expect(alone!.querySelector('.wp-gloss')).toBeNull()
      expect(alone!.textContent).toMatch(none)
    })
  }
})
