import { expect, type Locator, type Page } from '@playwright/test'
import { ReaderPage } from './ReaderPage'

const labels = {
  en: {
    upload: 'Upload a .txt, .md or .epub file (German)',
    progress: 'Chapters read',
    open: 'Read the book',
    cancel: 'Cancel',
    contents: 'Contents',
    previous: 'Previous chapter',
    next: 'Next chapter',
    more: 'Show the next part of the chapter',
    chapterOf: (chapter: number, chapters: number) => `Chapter ${chapter} of ${chapters}`,
    booksHeading: 'Your books',
    openBook: (title: string) => `Open ${title}`,
    deleteBook: (title: string) => `Delete ${title}`,
    wordsProgress: 'Words looked up',
    share: 'Share this book',
    sharedFile: 'Shared text or book file (.json)',
    correct: (word: string) => `Correct the gloss of ${word}`,
    field: (word: string) => `Your gloss for ${word}`,
  },
  de: {
    upload: '.txt-, .md- oder .epub-Datei hochladen (Deutsch)',
    progress: 'Gelesene Kapitel',
    open: 'Das Buch lesen',
    cancel: 'Abbrechen',
    contents: 'Inhalt',
    previous: 'Vorheriges Kapitel',
    next: 'Nächstes Kapitel',
    more: 'Den nächsten Teil des Kapitels zeigen',
    chapterOf: (chapter: number, chapters: number) => `Kapitel ${chapter} von ${chapters}`,
    booksHeading: 'Deine Bücher',
    openBook: (title: string) => `${title} öffnen`,
    deleteBook: (title: string) => `${title} löschen`,
    wordsProgress: 'Nachgeschlagene Wörter',
    share: 'Dieses Buch teilen',
    sharedFile: 'Datei mit geteiltem Text oder Buch (.json)',
    correct: (word: string) => `Bedeutung korrigieren: ${word}`,
    field: (word: string) => `Deine Bedeutung für ${word}`,
  },
}

/**
 * A book as a reader meets it: uploaded on the import page, listed in the library, read a
 * chapter at a time. The reader's own parts (words, popup) are the curated reader's.
 */
export class BookPage extends ReaderPage {
  readonly labels: (typeof labels)['en']

  constructor(page: Page, lng: 'en' | 'de' = 'en') {
    super(page, lng)
    this.labels = labels[lng]
  }

  /** Uploads a book file on the import page. */
  async upload(name: string, bytes: Uint8Array) {
    const response = await this.page.goto(`/${this.lng}/import`)
    expect(response?.status()).toBe(200)
    await this.page.getByLabel(this.labels.upload).setInputFiles({
      name,
      mimeType: name.endsWith('.epub') ? 'application/epub+zip' : 'text/plain',
      buffer: Buffer.from(bytes),
    })
  }

  /** Opens a shared book file with the import page's shared-file field. */
  async uploadShared(name: string, text: string) {
    await this.page.goto(`/${this.lng}/import`)
    await this.page.getByLabel(this.labels.sharedFile).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
  }

  /** The import's second step: the book's words looked up. */
  get wordsProgress(): Locator {
    return this.page.getByRole('progressbar', { name: this.labels.wordsProgress })
  }

  get cancelButton(): Locator {
    return this.page.getByRole('button', { name: this.labels.cancel })
  }

  get shareButton(): Locator {
    return this.page.getByRole('button', { name: this.labels.share })
  }

  correctButton(headword: string): Locator {
    return this.popup.getByRole('button', { name: this.labels.correct(headword) })
  }

  glossField(headword: string): Locator {
    return this.popup.getByRole('textbox', { name: this.labels.field(headword) })
  }

  get gloss(): Locator {
    return this.popup.locator('.wp-gloss').last()
  }

  get importProgress(): Locator {
    return this.page.getByRole('progressbar', { name: this.labels.progress })
  }

  get openLink(): Locator {
    return this.page.getByRole('link', { name: this.labels.open })
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  /** The library's section of books. */
  get library(): Locator {
    return this.page.getByRole('region', { name: this.labels.booksHeading })
  }

  libraryItem(title: string): Locator {
    return this.library.getByRole('listitem').filter({ hasText: title }).first()
  }

  get contents(): Locator {
    return this.page.getByRole('navigation', { name: this.labels.contents })
  }

  /** Opens the table of contents (a disclosure) and returns its navigation. */
  async openContents(): Promise<Locator> {
    const summary = this.page.getByText(this.labels.contents, { exact: true }).first()
    if (!(await this.contents.isVisible())) await summary.click()
    await expect(this.contents).toBeVisible()
    return this.contents
  }

  get currentChapter(): Locator {
    return this.contents.locator('[aria-current="true"]')
  }

  chapterLine(chapter: number, chapters: number): Locator {
    return this.page.getByText(this.labels.chapterOf(chapter, chapters))
  }

  get nextChapter(): Locator {
    return this.page.getByRole('button', { name: this.labels.next, exact: true })
  }

  get previousChapter(): Locator {
    return this.page.getByRole('button', { name: this.labels.previous, exact: true })
  }

  get moreButton(): Locator {
    return this.page.getByRole('button', { name: this.labels.more })
  }

  /** Scrolls to the end of the shown blocks, where the next ones come, until all are shown. */
  async scrollToChapterEnd() {
    // The chapter line changes at once; the chapter's rows come when it is read from storage.
    await expect(this.german(1)).toBeAttached()
    while ((await this.moreButton.count()) > 0) {
      const shown = await this.page.locator('.block.de[data-pair]').count()
      await this.moreButton.evaluate((button) => button.scrollIntoView()).catch(() => {})
      await expect(this.page.locator('.block.de[data-pair]')).not.toHaveCount(shown)
    }
  }

  /** Where the stored book says the reader is, read straight from IndexedDB. */
  async savedPosition(): Promise<{ chapter: number; block: number } | undefined> {
    return this.page.evaluate(
      () =>
        new Promise<{ chapter: number; block: number } | undefined>((resolve, reject) => {
          const open = indexedDB.open('zweiklang')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const request = db.transaction('books').objectStore('books').getAll()
            request.onsuccess = () => {
              db.close()
              const [book] = request.result as { position: { chapter: number; block: number } }[]
              resolve(book?.position)
            }
            request.onerror = () => reject(request.error)
          }
        }),
    )
  }

  /** How many books, chapters and books' lookups are stored. */
  async storedCounts(): Promise<{ books: number; chapters: number; lookups: number }> {
    return this.page.evaluate(
      () =>
        new Promise<{ books: number; chapters: number; lookups: number }>((resolve, reject) => {
          const open = indexedDB.open('zweiklang')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            if (!db.objectStoreNames.contains('bookLookups')) {
              db.close()
              return resolve({ books: 0, chapters: 0, lookups: 0 })
            }
            const tx = db.transaction(['books', 'chapters', 'bookLookups'])
            const books = tx.objectStore('books').count()
            const chapters = tx.objectStore('chapters').count()
            const lookups = tx.objectStore('bookLookups').count()
            tx.oncomplete = () => {
              db.close()
              resolve({ books: books.result, chapters: chapters.result, lookups: lookups.result })
            }
            tx.onerror = () => reject(tx.error)
          }
        }),
    )
  }
}
