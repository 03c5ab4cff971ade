import { expect, type Locator, type Page } from '@playwright/test'

const labels = {
  en: {
    title: 'My words',
    search: 'Search words, meanings and notes',
    text: 'Text',
    status: 'Status',
    sort: 'Sort by',
    note: (word: string) => `Note on ${word}`,
    statusOf: (word: string) => `Status of ${word}`,
    delete: (word: string) => `Delete ${word}`,
    undo: 'Undo',
    anki: 'Anki (TSV)',
    backup: 'Full backup (JSON)',
    import: 'Import a backup',
    tools: 'Export and import',
    list: 'Word list',
    english: 'The paragraph in English',
    machine: 'Machine translation',
  },
  de: {
    title: 'Meine Wörter',
    search: 'Wörter, Bedeutungen und Notizen durchsuchen',
    text: 'Text',
    status: 'Status',
    sort: 'Sortieren nach',
    note: (word: string) => `Notiz zu ${word}`,
    statusOf: (word: string) => `Status von ${word}`,
    delete: (word: string) => `${word} löschen`,
    undo: 'Rückgängig',
    anki: 'Anki (TSV)',
    backup: 'Vollständige Sicherung (JSON)',
    import: 'Sicherung importieren',
    tools: 'Exportieren und importieren',
    list: 'Wortliste',
    english: 'Der Absatz auf Englisch',
    machine: 'Maschinelle Übersetzung',
  },
}

/** The words page as a reader sees it: the filters, the list of words and the tools. */
export class WordsPage {
  readonly labels: (typeof labels)['en']

  constructor(
    readonly page: Page,
    readonly lng: 'en' | 'de' = 'en',
  ) {
    this.labels = labels[lng]
  }

  /** The same page in another tab or browser profile. */
  on(page: Page): WordsPage {
    return new WordsPage(page, this.lng)
  }

  async goto() {
    const response = await this.page.goto(`/${this.lng}/words`)
    expect(response?.status()).toBe(200)
    await this.ready()
  }

  /** The store has opened and the data has been read once the tools are shown. */
  async ready() {
    await expect(this.page.getByRole('heading', { name: this.labels.tools })).toBeVisible()
  }

  async reload() {
    await this.page.reload()
    await this.ready()
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.labels.search })
  }

  get textFilter(): Locator {
    return this.page.getByRole('combobox', { name: this.labels.text, exact: true })
  }

  get statusFilter(): Locator {
    return this.page.getByRole('combobox', { name: this.labels.status, exact: true })
  }

  get sort(): Locator {
    return this.page.getByRole('combobox', { name: this.labels.sort, exact: true })
  }

  /** The German headwords of the listed words, in the order shown. */
  get headwords(): Locator {
    return this.page
      .getByRole('region', { name: this.labels.list })
      .getByRole('heading', { level: 3 })
  }

  /** One word's entry, by its German with article: "der Gipfel". */
  item(german: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: german, exact: true }) })
  }

  /** The English paragraph a word was saved beside, folded under its sentence. */
  english(german: string): Locator {
    return this.item(german).getByRole('group').filter({ hasText: this.labels.english })
  }

  /** What says that a word's English is a machine translation. */
  machineMark(german: string): Locator {
    return this.english(german).getByText(this.labels.machine, { exact: true })
  }

  note(german: string): Locator {
    return this.page.getByRole('textbox', { name: this.labels.note(german) })
  }

  statusOf(german: string): Locator {
    return this.page.getByRole('combobox', { name: this.labels.statusOf(german) })
  }

  deleteButton(german: string): Locator {
    return this.page.getByRole('button', { name: this.labels.delete(german) })
  }

  get undo(): Locator {
    return this.page.getByRole('button', { name: this.labels.undo })
  }

  get exportAnki(): Locator {
    return this.page.getByRole('button', { name: this.labels.anki })
  }

  get exportBackup(): Locator {
    return this.page.getByRole('button', { name: this.labels.backup })
  }

  get importFile(): Locator {
    return this.page.getByLabel(this.labels.import)
  }

  /** The live region that announces what an action did. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }

  /** An alert with this text; Next.js keeps an empty route announcer alert on every page. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }
}
