import type { TFunction } from 'i18next'
import type { PopupData, PopupEntry } from '@/lib/vocabulary/present'
import { translatedOnce } from './translatedOnce'

/**
 * The popup's interface strings, translated once for the page's language rather than once per
 * popup: i18next's `t` was a third of building a popup's content.
 */
export interface PopupLabels {
  phrase: string
  separable: string
  word: string
  or: string
  noReading: string
  dictionaryGloss: string
  correctedGloss: string
  parts: string
  inThisText: string
  example: string
  showEnglish: string
  close: string
  form(values: { form: string; analysis: string }): string
  label(values: { word: string }): string
}

export function popupLabels(t: TFunction): PopupLabels {
  return {
    phrase: t('popup.phrase'),
    separable: t('popup.separable'),
    word: t('popup.word'),
    or: t('popup.or'),
    noReading: t('popup.noReading'),
    dictionaryGloss: t('popup.dictionaryGloss'),
    correctedGloss: t('popup.correctedGloss'),
    parts: t('popup.parts'),
    inThisText: t('popup.inThisText'),
    example: t('popup.example'),
    showEnglish: t('popup.showEnglish'),
    close: t('popup.close'),
    form: translatedOnce((values) => t('popup.form', values), ['form', 'analysis']),
    label: translatedOnce((values) => t('popup.label', values), ['word']),
  }
}

/** What a word span says about itself through its data attributes. */
export interface WordData {
  entry: number
  morph?: number
  units: number[]
  /** A second reading as likely as the first, shown after it. */
  alternative?: number
}

export function readWordData(word: HTMLElement): WordData | undefined {
  const { e, m, u, a } = word.dataset
  if (e === undefined) return undefined
  return {
    entry: Number(e),
    morph: m === undefined ? undefined : Number(m),
    units: u ? u.split(' ').map(Number) : [],
    ...(a === undefined ? {} : { alternative: Number(a) }),
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  // textContent, never innerHTML: entries and words are data, not markup.
  if (text !== undefined) node.textContent = text
  return node
}

function entrySection(
  entry: PopupEntry,
  kind: string | undefined,
  form: string | undefined,
  labels: PopupLabels,
): HTMLElement {
  const section = element('section', 'wp-section')
  if (kind) section.append(element('p', 'wp-kind', kind))
  const head = element('p', 'wp-head')
  const headword = element('span', 'wp-headword', entry.headword)
  headword.lang = 'de'
  head.append(headword)
  if (entry.pos) head.append(' ', element('span', 'wp-pos', entry.pos))
  section.append(head)
  // A word no source reads says so, until its reader glosses it.
  if (entry.unread && entry.source !== 'correction')
    section.append(element('p', 'wp-unread', labels.noReading))
  if (form) section.append(element('p', 'wp-form', form))
  if (entry.grammar.length) {
    const list = element('ul', 'wp-grammar')
    for (const line of entry.grammar) list.append(element('li', '', line))
    section.append(list)
  }
  if (entry.gloss) {
    const gloss = element('p', 'wp-gloss', entry.gloss)
    // A dictionary gloss is English in every interface: say so, for screen readers too.
    if (entry.source === 'dictionary') gloss.lang = 'en'
    section.append(gloss)
  }
  if (entry.source)
    section.append(
      element(
        'p',
        `wp-source wp-source-${entry.source}`,
        entry.source === 'dictionary' ? labels.dictionaryGloss : labels.correctedGloss,
      ),
    )
  if (entry.english) {
    const english = element('p', 'wp-english', entry.english)
    english.lang = 'en'
    english.hidden = true
    section.append(english)
  }
  if (entry.parts) {
    const parts = element('p', 'wp-parts')
    parts.append(element('span', 'wp-label', `${labels.parts}: `))
    entry.parts.forEach((part, index) => {
      if (index > 0) parts.append(' + ')
      const piece = element('span', 'wp-part', part.part)
      piece.lang = 'de'
      parts.append(piece, ` (${part.gloss})`)
    })
    section.append(parts)
  }
  if (entry.note) section.append(element('p', 'wp-note', entry.note))
  if (entry.textNote) {
    const textNote = element('p', 'wp-text-note')
    textNote.append(element('span', 'wp-label', `${labels.inThisText}: `), entry.textNote)
    section.append(textNote)
  }
  if (entry.example) {
    const example = element('p', 'wp-example')
    example.append(element('span', 'wp-label', `${labels.example}: `), entry.example)
    section.append(example)
  }
  return section
}

/**
 * Builds the popup's content for one word: the phrases it belongs to first, then the word
 * itself (a separable verb is one entry for both of its parts), then a second reading the
 * sentence could not rule out ("Or").
 */
export function popupContent(
  word: HTMLElement,
  info: WordData,
  data: PopupData,
  labels: PopupLabels,
  partnerText: string,
): HTMLElement[] {
  const sections: HTMLElement[] = []
  const units = info.units.map((id) => data.units[id]!)
  for (const unit of units) {
    if (unit.kind === 'phrase') {
      sections.push(entrySection(data.entries[unit.entry]!, labels.phrase, undefined, labels))
    }
  }
  const separable = units.find((unit) => unit.kind === 'separable')
  const shown = partnerText || word.textContent || ''
  const form =
    info.morph === undefined
      ? undefined
      : labels.form({ form: shown, analysis: data.morphs[info.morph]! })
  sections.push(
    entrySection(
      data.entries[info.entry]!,
      separable ? labels.separable : sections.length ? labels.word : undefined,
      form,
      labels,
    ),
  )
  if (info.alternative !== undefined)
    sections.push(entrySection(data.entries[info.alternative]!, labels.or, undefined, labels))
  return sections
}
