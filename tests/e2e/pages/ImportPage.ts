import { expect, type Locator, type Page } from '@playwright/test'

const labels = {
  en: {
    title: 'Import a text',
    titleField: 'Title (optional)',
    german: 'German text',
    english: 'English translation (optional)',
    uploadGerman: 'Upload a .txt, .md or .epub file (German)',
    uploadEnglish: 'Upload .txt or .md file (English)',
    submit: 'Read this text',
    editor: 'Pair the paragraphs',
    readGerman: 'Read without translation',
    back: 'Back to editing',
    shared: 'Shared text or book file (.json)',
    readNow: 'Read it now',
    block: (side: 'de' | 'en', number: number) =>
      `${side === 'de' ? 'German' : 'English'} block ${number}`,
  },
  de: {
    title: 'Text importieren',
    titleField: 'Titel (freiwillig)',
    german: 'Deutscher Text',
    english: 'Englische Übersetzung (freiwillig)',
    uploadGerman: '.txt-, .md- oder .epub-Datei hochladen (Deutsch)',
    uploadEnglish: '.txt- oder .md-Datei hochladen (Englisch)',
    submit: 'Diesen Text lesen',
    editor: 'Absätze zuordnen',
    readGerman: 'Ohne Übersetzung lesen',
    back: 'Zurück zum Bearbeiten',
    shared: 'Datei mit geteiltem Text (.json)',
    readNow: 'Jetzt lesen',
    block: (side: 'de' | 'en', number: number) =>
      `${side === 'de' ? 'Deutscher' : 'Englischer'} Block ${number}`,
  },
}

export type BlockAction = 'Merge with next' | 'Split after first sentence' | 'Move up' | 'Move down'

/** The import page as a reader sees it: the form, the alignment editor, the shared-text file. */
export class ImportPage {
  readonly labels: (typeof labels)['en']

  constructor(
    readonly page: Page,
    readonly lng: 'en' | 'de' = 'en',
  ) {
    this.labels = labels[lng]
  }

  /** The same page in another tab or browser profile. */
  on(page: Page): ImportPage {
    return new ImportPage(page, this.lng)
  }

  async goto() {
    const response = await this.page.goto(`/${this.lng}/import`)
    expect(response?.status()).toBe(200)
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.labels.title)
  }

  get titleField(): Locator {
    return this.page.getByRole('textbox', { name: this.labels.titleField })
  }

  get german(): Locator {
    return this.page.getByRole('textbox', { name: this.labels.german, exact: true })
  }

  get english(): Locator {
    return this.page.getByRole('textbox', { name: this.labels.english })
  }

  get uploadGerman(): Locator {
    return this.page.getByLabel(this.labels.uploadGerman)
  }

  get uploadEnglish(): Locator {
    return this.page.getByLabel(this.labels.uploadEnglish)
  }

  get sharedFile(): Locator {
    return this.page.getByLabel(this.labels.shared)
  }

  /** The form's submit button, or the editor's once it is shown: both read the text. */
  get submit(): Locator {
    return this.page.getByRole('button', { name: this.labels.submit, exact: true })
  }

  async fill(german: string, english = '') {
    await this.german.fill(german)
    await this.english.fill(english)
  }

  get editor(): Locator {
    return this.page.getByRole('region', { name: this.labels.editor })
  }

  /** The editor's live line with the current counts. */
  get counts(): Locator {
    return this.editor.getByRole('status')
  }

  /** One block of one side in the editor, by its number from 1 (not the row holding it). */
  block(side: 'de' | 'en', number: number): Locator {
    return this.editor.getByRole('listitem').filter({
      has: this.page.getByText(this.labels.block(side, number), { exact: true }),
      hasNot: this.page.getByRole('list'),
    })
  }

  action(side: 'de' | 'en', number: number, action: BlockAction): Locator {
    return this.editor.getByRole('button', {
      name: `${action} (${this.labels.block(side, number)})`,
    })
  }

  get readGerman(): Locator {
    return this.page.getByRole('button', { name: this.labels.readGerman })
  }

  get back(): Locator {
    return this.page.getByRole('button', { name: this.labels.back })
  }

  /**
   * The link to the text, shown once it is saved when the page had something to say first
   * (characters it removed): the notice of what was removed comes before the text is saved.
   */
  get readNow(): Locator {
    return this.page.getByRole('link', { name: this.labels.readNow })
  }

  /** An alert with this text; Next.js keeps an empty route announcer alert on every page. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }
}

/** The imported texts in the app's IndexedDB, read without the app. */
export async function readImportedTexts(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('zweiklang')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          if (!db.objectStoreNames.contains('texts')) {
            db.close()
            resolve([])
            return
          }
          const all = db.transaction('texts').objectStore('texts').getAll()
          all.onsuccess = () => {
            db.close()
            resolve(all.result)
          }
          all.onerror = () => reject(all.error)
        }
      }),
  )
}
