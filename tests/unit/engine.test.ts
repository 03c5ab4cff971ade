import { describe, expect, it } from 'vitest'
import { analyseText } from '@/lib/analysis/engine'
import { serverSources } from '@/lib/analysis/serverSources'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import type { WordToken } from '@/lib/vocabulary/match'

const sources = serverSources(getLexiconFromFile('en'))

/** Each word of a one-block text as the reader would get it: entry key, analyses, units. */
function read(text: string) {
  const { matched } = analyseText([{ number: 1, spans: [{ text }] }], sources)
  const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
  const nth = (form: string, n = 1) => words.filter((word) => word.text === form)[n - 1]!
  const unitOf = (form: string) =>
    nth(form)
      .units.map((id) => matched.units[id]!)
      .find((unit) => unit.kind === 'separable')
  return { entry: (form: string, n = 1) => nth(form, n).entry, word: nth, unitOf }
}

describe('the engine reads words in their sentence', () => {
  it('tells articles from relative and demonstrative pronouns', () => {
    const text = read('Das Buch, das auf dem Tisch liegt, ist alt. Das weiß ich.')
    expect(text.entry('Das')).toBe('der#article')
    expect(text.entry('das')).toBe('der#relative')
    expect(text.entry('Das', 2)).toBe('der#demonstrative')
  })

  it('reads an article before a verb-second verb, an ordinal or an extended attribute', () => {
    const main = read('Man kann die Hälfte nutzen, der Rest wird verbrannt.')
    expect(main.entry('der')).toBe('der#article')
    expect(read('Am Ende des 18. Jahrhunderts kam er.').entry('des')).toBe('der#article')
    const attribute = read('Die seit Jahren zunehmende Zahl von Maschinen war groß.')
    expect(attribute.entry('Die')).toBe('der#article')
    const relative = read('Es war der Teil, der mit seiner seit Jahren starken Industrie wuchs.')
    expect(relative.entry('der', 2)).toBe('der#relative')
    expect(read('Ich habe nicht die Absicht, das zu dulden.').entry('das')).toBe(
      'der#demonstrative',
    )
  })

  it('reads quantity words and grading adjectives by their place', () => {
    const text = read(
      'Er wohnt nicht mehr hier. Er ging ganz langsam. In vielen Ländern ist es so.',
    )
    expect(text.entry('mehr')).toBe('mehr#adv')
    expect(text.entry('ganz')).toBe('ganz#adv')
    // A word the vocabulary glosses keeps a curated sense: viel has no curated adjective.
    expect(text.entry('vielen')).toBe('viel')
  })

  it('reads a declined participle before its noun as an adjective glossed as a participle', () => {
    const { matched, lexicon } = analyseText(
      [
        {
          number: 1,
          spans: [{ text: 'Dazu gehören zerbrochene Tassen und eng umgrenzte Felder.' }],
        },
      ],
      sources,
    )
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    const entryOf = (form: string) => {
      const word = words.find((candidate) => candidate.text === form)!
      return { key: word.entry, gloss: lexicon.entries.get(word.entry!)?.gloss }
    }
    expect(entryOf('zerbrochene').gloss).toMatch(/^broken/)
    expect(entryOf('umgrenzte').key).toBe('umgrenzt#ding-adj')
  })

  it('shows an uninflected adjective with its adverb, and a declined one without', () => {
    const { matched, lexicon } = analyseText(
      [{ number: 1, spans: [{ text: 'Endlich kam er. Es war eine endliche Reihe.' }] }],
      sources,
    )
    const words = matched.blocks[0]!.parts.filter((part): part is WordToken => part.kind === 'word')
    const glossOf = (form: string) =>
      lexicon.entries.get(words.find((word) => word.text === form)!.entry!)?.gloss
    // Ding lists endlich as an adjective (finite) and as an adverb (finally) apart.
    expect(glossOf('Endlich')).toMatch(/finite/)
    expect(glossOf('Endlich')).toMatch(/finally/)
    expect(glossOf('endliche')).toMatch(/finite/)
    expect(glossOf('endliche')).not.toMatch(/finally/)
  })

  it('reads um as a preposition unless a zu-infinitive follows, and nominalised adjectives', () => {
    expect(read('Er band den Gürtel um den Leib.').entry('um')).toMatch(/#ding-prep$|^um#/)
    expect(read('Er kam, um zu helfen.').entry('um')).not.toMatch(/prep/)
    const text = read('Er mischte Erlebtes mit Gelesenem.')
    expect(lemmaOfKey(text.entry('Gelesenem')!)).toBe('Gelesene')
  })

  it('reads werden as passive, future or "become", and haben as an auxiliary', () => {
    const text = read(
      'Das Haus wurde gebaut. Er wird morgen kommen. Er wird Arzt. Sie hat gelacht.',
    )
    expect(text.entry('wurde')).toBe('werden#passive')
    expect(text.entry('wird')).toBe('werden#future')
    expect(text.entry('wird', 2)).toBe('werden#become')
    expect(text.entry('hat')).toBe('haben#auxiliary')
  })

  it('reads haben and sein as full verbs when the clause has only a declined participle', () => {
    const text = read(
      'Wir sind den verbotenen Feldern sehr nah. Sie hat die gestohlenen Bücher. Er ist gefahren.',
    )
    expect(text.entry('sind')).toBe('sein#be')
    expect(text.entry('hat')).toBe('haben')
    expect(text.entry('ist')).toBe('sein#auxiliary')
  })

  it('reads an uninflected participle with no auxiliary in its sentence as an adjective', () => {
    const text = read(
      'Der Schlüssel lag versteckt unter der Matte. Die Gäste – gelangweilt – gingen. Er versteckt den Ball. Es kam früher als erwartet.',
    )
    expect(text.entry('versteckt')).toMatch(/^versteckt#/)
    expect(text.entry('gelangweilt')).toMatch(/^gelangweilt#/)
    expect(lemmaOfKey(text.entry('versteckt', 2)!)).toBe('verstecken')
    expect(lemmaOfKey(text.entry('erwartet')!)).toBe('erwarten')
  })

  it('reads sie, Sie and ihr by the verb, the capitals and what follows', () => {
    const text = read('Sie nehmen das Brot. Sie holte es. Ihr habt recht. Sie gab ihr Buch weg.')
    expect(text.entry('Sie')).toBe('sie#they')
    expect(text.entry('Sie', 2)).toBe('sie#she')
    expect(text.entry('Ihr')).toBe('ihr#you')
    expect(lemmaOfKey(text.entry('ihr')!)).toBe('ihr')
  })

  it('tells modal particles, zu and comparisons from their other uses', () => {
    const text = read('Was ist denn los? Er kam, denn er war müde. Es ist zu spät, um zu gehen.')
    expect(text.entry('denn')).toBe('denn#particle')
    expect(text.entry('denn', 2)).toBe('denn')
    expect(text.entry('zu')).toBe('zu#too')
    expect(text.entry('zu', 2)).toBe('zu#infinitive')
    expect(read('Er ist größer als sein Bruder.').entry('als')).toBe('als#than')
  })
})

describe('the engine finds split separable verbs', () => {
  it('joins strong verbs the lexicon knows, also before "und" and with a curated base verb', () => {
    const text = read('Er lud seine Freunde ein. Sie holte die Nadel heraus und nähte.')
    expect(lemmaOfKey(text.unitOf('lud')!.entry)).toBe('einladen')
    expect(lemmaOfKey(text.unitOf('holte')!.entry)).toBe('herausholen')
    expect(lemmaOfKey(read('Er kommt herein.').unitOf('kommt')!.entry)).toBe('hereinkommen')
  })

  it('finds a particle before a moved phrase or clause, written apart, or productive', () => {
    const lemmaOf = (text: string, form: string) => {
      const unit = read(text).unitOf(form)
      return unit && lemmaOfKey(unit.entry)
    }
    expect(lemmaOf('Die Tiere fallen kraftlos zurück in ihre Löcher.', 'fallen')).toBe(
      'zurückfallen',
    )
    expect(lemmaOf('Er suchte im Haus herum ob nichts da wäre.', 'suchte')).toBe('herumsuchen')
    expect(lemmaOf('Seine Seite fängt an zu verfallen.', 'fängt')).toBe('anfangen')
    expect(lemmaOf('Die Fliegen wurden heran gelockt.', 'gelockt')).toBe('heranlocken')
    expect(lemmaOf('Er nähte weiter und lachte.', 'nähte')).toBe('weiternähen')
    // Adverbs before their phrase, and coordinated adverbs, make no unit.
    expect(lemmaOf('Es geht zurück zum Flugfeld.', 'geht')).toBeUndefined()
    expect(lemmaOf('Er holte das Thema immer wieder aus der Kiste.', 'holte')).toBeUndefined()
    expect(lemmaOf('Du gehst auf und davon.', 'gehst')).toBeUndefined()
  })

  it('never takes a noun or a preposition before its noun as a particle', () => {
    const text = read('Sie machten sich auf den Weg.')
    expect(text.unitOf('machten')).toBeUndefined()
    expect(text.unitOf('Weg')).toBeUndefined()
  })
})

describe('the engine reads old and Swiss spellings as the modern word', () => {
  it('gives the modern lemma and says which spelling it was', () => {
    const text = read('Er sagte, daß er in der Strasse wohnt.')
    expect(text.entry('daß')).toBe('dass')
    expect(text.word('daß').morph).toEqual(['old'])
    expect(lemmaOfKey(text.entry('Strasse')!)).toBe('Straße')
    expect(text.word('Strasse').morph.every((code) => code.endsWith('.swiss'))).toBe(true)
  })

  it('reads a word only Ding knows in its modern spelling, and spoken forms', () => {
    const text = read('Ein Loth Käse, wenns sein soll, sagte er dran.')
    expect(lemmaOfKey(text.entry('Loth')!)).toBe('Lot')
    expect(lemmaOfKey(text.entry('wenns')!)).toBe('wenn')
    expect(lemmaOfKey(text.entry('dran')!)).toBe('daran')
  })
})
