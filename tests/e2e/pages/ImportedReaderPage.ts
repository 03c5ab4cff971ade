import { expect, type Locator, type Page } from '@playwright/test'
import { prepareImport } from '@/lib/import/prepare'
import { importedTextRecord } from '@/lib/import/record'
import type { ImportedText } from '@/lib/import/types'
import { seedBeforeOpening } from '../learningData'
import { ImportPage } from './ImportPage'
import { ReaderPage } from './ReaderPage'

/**
 * The record the import page stores for a pasted text and its translation (read by the same
 * code), when their blocks pair one to one.
 */
export function importedText(german: string, english = ''): ImportedText {
  const prepared = prepareImport({ title: '', de: german, en: english })
  if (!prepared.ok) throw new Error(`not a text to import: ${JSON.stringify(prepared)}`)
  if (prepared.en.length > 0 && prepared.en.length !== prepared.de.length)
    throw new Error('the blocks differ in number: the import page would ask to pair them')
  return importedTextRecord(prepared, Date.now())
}

const labels = {
  en: {
    correct: (word: string) => `Correct the gloss of ${word}`,
    field: (word: string) => `Your gloss for ${word}`,
    save: 'Save gloss',
    reset: 'Use the original gloss',
    share: 'Share this text',
    dictionary: 'From the dictionary (Ding), not checked by an editor',
    corrected: 'Your correction',
    noTranslation: /^This text has no translation\./,
    or: 'Or',
    noReading: /^No reading: neither the vocabulary nor the dictionary knows this word\.$/,
  },
  de: {
    correct: (word: string) => `Bedeutung korrigieren: ${word}`,
    field: (word: string) => `Deine Bedeutung für ${word}`,
    save: 'Bedeutung speichern',
    reset: 'Ursprüngliche Bedeutung verwenden',
    share: 'Diesen Text teilen',
    dictionary: 'Aus dem Wörterbuch (Ding, englisch), nicht redaktionell geprüft',
    corrected: 'Deine Korrektur',
    noTranslation: /^Dieser Text hat keine Übersetzung\./,
    or: 'Oder',
    noReading: /^Keine Lesart: Weder der Wortschatz noch das Wörterbuch kennt dieses Wort\.$/,
  },
}

/**
 * The reader of an imported text: the curated reader's page object, opened at the text's
 * address on this device, with the gloss correction and sharing of imported texts.
 */
export class ImportedReaderPage extends ReaderPage {
  readonly labels: (typeof labels)['en']

  constructor(
    page: Page,
    lng: 'en' | 'de' = 'en',
    readonly id = '',
  ) {
    super(page, lng)
    this.labels = labels[lng]
  }

  /** Pastes a text on the import page and reads it: what a reader does. */
  static async imported(page: Page, german: string, english = '', lng: 'en' | 'de' = 'en') {
    const importPage = new ImportPage(page, lng)
    await importPage.goto()
    await importPage.fill(german, english)
    await importPage.submit.click()
    await expect(page).toHaveURL(new RegExp(`/${lng}/mine/[0-9a-f-]{36}$`, 'u'))
    const reader = ImportedReaderPage.shown(page, lng)
    await reader.learningReady()
    return reader
  }

  /**
   * A text already on this device, stored as the import page stores it (read by the same
   * code), and opened in the reader: for tests of reading, not of importing, without the
   * import page's load and form each time.
   */
  static async stored(page: Page, german: string, english = '', lng: 'en' | 'de' = 'en') {
    const text = importedText(german, english)
    await seedBeforeOpening(page, { texts: [text] })
    const reader = new ImportedReaderPage(page, lng, text.id)
    await reader.goto()
    return reader
  }

  /** The imported text the page shows now, by its address. */
  static shown(page: Page, lng: 'en' | 'de' = 'en') {
    return new ImportedReaderPage(page, lng, new URL(page.url()).pathname.split('/').pop())
  }

  override async goto(query = '') {
    const response = await this.page.goto(`/${this.lng}/mine/${this.id}${query}`)
    expect(response?.status()).toBe(200)
    await this.learningReady()
  }

  /** The same text in the other interface language. */
  override in(lng: 'en' | 'de'): ImportedReaderPage {
    return new ImportedReaderPage(this.page, lng, this.id)
  }

  override on(page: Page): ImportedReaderPage {
    return new ImportedReaderPage(page, this.lng, this.id)
  }

  correctButton(headword: string): Locator {
    return this.popup.getByRole('button', { name: this.labels.correct(headword) })
  }

  glossField(headword: string): Locator {
    return this.popup.getByRole('textbox', { name: this.labels.field(headword) })
  }

  get saveGloss(): Locator {
    return this.popup.getByRole('button', { name: this.labels.save })
  }

  get resetGloss(): Locator {
    return this.popup.getByRole('button', { name: this.labels.reset })
  }

  /** What the popup says of a word no source reads. */
  get noReading(): Locator {
    return this.popup.getByText(this.labels.noReading)
  }

  /** The heading of a second reading as likely as the first. */
  get orReading(): Locator {
    return this.popup.getByText(this.labels.or, { exact: true })
  }

  get gloss(): Locator {
    return this.popup.locator('.wp-gloss').last()
  }

  get shareButton(): Locator {
    return this.page.getByRole('button', { name: this.labels.share })
  }
}
