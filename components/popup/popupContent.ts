import type { TFunction } from 'i18next'
import type { PopupData, PopupEntry } from '@/lib/vocabulary/present'

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
  t: TFunction,
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
    section.append(element('p', 'wp-unread', t('popup.noReading')))
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
        t(entry.source === 'dictionary' ? 'popup.dictionaryGloss' : 'popup.correctedGloss'),
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
    parts.append(element('span', 'wp-label', `${t('popup.parts')}: `))
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
    textNote.append(element('span', 'wp-label', `${t('popup.inThisText')}: `), entry.textNote)
    section.append(textNote)
  }
  if (entry.example) {
    const example = element('p', 'wp-example')
    example.append(element('span', 'wp-label', `${t('popup.example')}: `), entry.example)
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
  t: TFunction,
  partnerText: string,
): HTMLElement[] {
  const sections: HTMLElement[] = []
  const units = info.units.map((id) => data.units[id]!)
  for (const unit of units) {
    if (unit.kind === 'phrase') {
      sections.push(entrySection(data.entries[unit.entry]!, t('popup.phrase'), undefined, t))
    }
  }
  const separable = units.find((unit) => unit.kind === 'separable')
  const shown = partnerText || word.textContent || ''
  const form =
    info.morph === undefined
      ? undefined
      : t('popup.form', { form: shown, analysis: data.morphs[info.morph]! })
  sections.push(
    entrySection(
      data.entries[info.entry]!,
      separable ? t('popup.separable') : sections.length ? t('popup.word') : undefined,
      form,
      t,
    ),
  )
  if (info.alternative !== undefined)
    sections.push(entrySection(data.entries[info.alternative]!, t('popup.or'), undefined, t))
  return sections
}
