import type { Language } from '@/i18n/settings'
import type { Gender } from '@/lib/vocabulary/grammar'
import type { WordRecord } from './types'

const ARTICLES: Record<Gender, string> = { m: 'der', f: 'die', n: 'das', pl: 'die' }

/** "der Gipfel" for nouns, the lemma as it is for the rest. */
export function germanWithArticle(word: Pick<WordRecord, 'lemma' | 'pos' | 'gender'>): string {
  return word.pos === 'noun' && word.gender ? `${ARTICLES[word.gender]} ${word.lemma}` : word.lemma
}

const escapeHtml = (value: string) =>
  value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')

/** One field: HTML-escaped, and without the tabs and line breaks that separate fields and notes. */
const field = (value: string) => escapeHtml(value.replace(/[\t\r\n]+/gu, ' ').trim())

/** The example with the saved forms in bold, the way the reader met them. */
function exampleOf(word: WordRecord): string {
  if (!word.source) return ''
  let html = field(word.source.sentence)
  for (const form of word.source.forms.map(field).filter(Boolean)) {
    html = html.replace(form, `<b>${form}</b>`)
  }
  return html
}

/** A tag Anki keeps as one: no spaces. */
const tag = (value: string) => value.replace(/\s+/gu, '_')

export const ANKI_COLUMNS = ['German', 'Meaning', 'Example', 'Translation', 'Tags'] as const

/** The tag of a note whose Translation a machine made: Anki can search and filter by it. */
export const MACHINE_TRANSLATION_TAG = 'machine_translation'

/** The words the export writes in the interface language. */
export interface AnkiLabels {
  /** Put after an English a machine made: "machine translation". */
  machineTranslation: string
}

/** The English beside the saved sentence, saying so when a machine made it. */
function translationOf(word: WordRecord, labels: AnkiLabels): string {
  const english = field(word.source?.translation ?? '')
  return english && word.source?.translationBy === 'machine'
    ? `${english} <i>(${field(labels.machineTranslation)})</i>`
    : english
}

/**
 * Saved words as an Anki text file. The header lines tell Anki the separator, that fields
 * hold HTML, the column names and which column has the tags, so an import needs no mapping:
 * a note type with these field names gets them by name, Basic gets German and Meaning.
 * An English a machine made says so in its field and in a tag.
 */
export function toAnkiTsv(words: readonly WordRecord[], lng: Language, labels: AnkiLabels): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    '#deck:Zweiklang',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.length}`,
  ]
  for (const word of words) {
    if (word.status !== 'learning') continue
    const tags = [
      'zweiklang',
      word.pos,
      word.source ? `text::${tag(word.source.slug)}` : '',
      word.source?.translation && word.source.translationBy === 'machine'
        ? MACHINE_TRANSLATION_TAG
        : '',
    ]
    lines.push(
      [
        field(germanWithArticle(word)),
        field(word.glosses[lng]),
        exampleOf(word),
        translationOf(word, labels),
        tags.filter(Boolean).join(' '),
      ].join('\t'),
    )
  }
  return `${lines.join('\n')}\n`
}
