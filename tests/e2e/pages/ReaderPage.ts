import { expect, type Locator, type Page } from '@playwright/test'

export type ViewMode = 'both' | 'de' | 'en' | 'hidden' | 'sentences'

/** How long the learning code may take to arrive on a cold page of a server just started. */
const LEARNING_READY_MS = 20_000

const viewLabels: Record<'en' | 'de', Record<ViewMode, string>> = {
  en: {
    both: 'Both',
    de: 'Deutsch only',
    en: 'English only',
    hidden: 'Translation hidden',
    sentences: 'Sentence by sentence',
  },
  de: {
    both: 'Beide',
    de: 'Nur Deutsch',
    en: 'Nur Englisch',
    hidden: 'Übersetzung verdeckt',
    sentences: 'Satz für Satz',
  },
}

/** The reader as a person sees it: the text pairs and the reading settings above them. */
export class ReaderPage {
  constructor(
    readonly page: Page,
    readonly lng: 'en' | 'de' = 'en',
    readonly slug = 'alaska-gipfel',
  ) {}

  /** The same text in the other interface language, on the same page. */
  in(lng: 'en' | 'de'): ReaderPage {
    return new ReaderPage(this.page, lng, this.slug)
  }

  /** Another curated text, on the same page. */
  of(slug: string): ReaderPage {
    return new ReaderPage(this.page, this.lng, slug)
  }

  /** The same text in another tab or browser profile. */
  on(page: Page): ReaderPage {
    return new ReaderPage(page, this.lng, this.slug)
  }

  async goto(query = '') {
    const response = await this.page.goto(`/${this.lng}/read/${this.slug}${query}`)
    expect(response?.status()).toBe(200)
    await expect(this.title).toBeVisible()
    // The server HTML is usable before React hydrates, but keys pressed then reach no
    // listener: the learning module marks the text only after hydration and load.
    await this.learningReady()
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  german(pair: number): Locator {
    return this.page.locator(`.block.de[data-pair="${pair}"]`)
  }

  english(pair: number): Locator {
    return this.page.locator(`.block.en[data-pair="${pair}"]`)
  }

  englishText(pair: number): Locator {
    return this.english(pair).locator('.block-text')
  }

  get pairNumbers(): Promise<number[]> {
    return this.page
      .locator('.block.de[data-pair]')
      .evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.pair)))
  }

  viewRadio(mode: ViewMode): Locator {
    return this.page.getByRole('radio', { name: viewLabels[this.lng][mode], exact: true })
  }

  /** The button a phone shows instead of the reading settings, which it folds away. */
  get settingsToggle(): Locator {
    return this.page.getByRole('button', {
      name: this.lng === 'en' ? 'Reading settings' : 'Leseeinstellungen',
      exact: true,
    })
  }

  /** Unfolds the reading settings where a phone has folded them; elsewhere they are shown. */
  async openSettings() {
    if (!(await this.settingsToggle.isVisible())) return
    if ((await this.settingsToggle.getAttribute('aria-expanded')) === 'true') return
    await this.settingsToggle.click()
    await expect(this.settingsToggle).toHaveAttribute('aria-expanded', 'true')
  }

  async setView(mode: ViewMode) {
    await this.openSettings()
    await this.viewRadio(mode).check()
    await expect(this.page.locator('html')).toHaveAttribute('data-view', mode)
  }

  get themeSelect(): Locator {
    return this.page.getByRole('combobox', {
      name: this.lng === 'en' ? 'Theme' : 'Farbschema',
      exact: true,
    })
  }

  async setTheme(theme: 'light' | 'dark') {
    await this.themeSelect.selectOption(theme)
    await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme)
  }

  get swapButton(): Locator {
    return this.page.getByRole('button', {
      name: this.lng === 'en' ? 'Swap sides' : 'Seiten tauschen',
    })
  }

  /** The n-th occurrence (0-based) of a German word, as written in the text. */
  word(text: string, nth = 0): Locator {
    return this.page
      .locator('.block.de .w')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .nth(nth)
  }

  wordInPair(pair: number, text: string, nth = 0): Locator {
    return this.german(pair)
      .locator('.w')
      .filter({ hasText: new RegExp(`^${text}$`) })
      .nth(nth)
  }

  /** The keyboard shortcuts dialog that `?` opens. */
  get shortcutsDialog(): Locator {
    return this.page.getByRole('dialog', {
      name: this.lng === 'en' ? 'Keyboard shortcuts' : 'Tastenkürzel',
    })
  }

  /** The one vocabulary popup, by its dialog role. */
  get popup(): Locator {
    return this.page.getByRole('dialog', {
      name: this.lng === 'en' ? /^Vocabulary:/ : /^Wortschatz:/,
    })
  }

  /**
   * What an open popup changes on the page, for an axe run after a full pass: the popup and
   * the words it marks (the one it is open on, the other parts of its verb or phrase).
   */
  readonly popupRegion = ['.word-popup', '.w-active', '.w-partner']

  get hoverPopupToggle(): Locator {
    return this.page.getByRole('button', {
      name: this.lng === 'en' ? 'Word popups on hover' : 'Wort-Popups beim Überfahren',
    })
  }

  revealButton(pair: number): Locator {
    return this.english(pair).getByRole('button')
  }

  /**
   * Moves the mouse onto an element and resolves once the page has seen it arrive (the
   * element matches :hover), so its pointer handlers have run: what did not happen then
   * does not happen later.
   */
  async pointAt(locator: Locator) {
    await locator.hover()
    await expect.poll(() => locator.evaluate((node) => node.matches(':hover'))).toBe(true)
  }

  /** A text-size button, found by its whole name: what it shows, then what it does. */
  textSize(change: 'smaller' | 'larger'): Locator {
    const names = {
      en: { smaller: 'A− Smaller text', larger: 'A+ Larger text' },
      de: { smaller: 'A− Kleinere Schrift', larger: 'A+ Größere Schrift' },
    }
    return this.page.getByRole('button', { name: names[this.lng][change], exact: true })
  }

  async top(locator: Locator): Promise<number> {
    const box = await locator.boundingBox()
    if (!box) throw new Error('element is not visible')
    return box.y
  }

  /** Resolves once the popup listens: hover, keys and taps open it from then on. */
  async popupReady() {
    await expect(this.page.locator('#reader')).toHaveAttribute('data-popup-ready', 'true', {
      timeout: LEARNING_READY_MS,
    })
  }

  /** Resolves once the learning module has loaded the reader's statuses and marked the words. */
  async learningReady() {
    // The learning code loads when the page is idle, after the first paint: on a server that
    // has just started, beside a busy build, that takes longer than an assertion's default.
    await expect(this.page.locator('#reader')).toHaveAttribute('data-status-ready', 'true', {
      timeout: LEARNING_READY_MS,
    })
  }

  /** A status toggle (Save, Known, Ignore) in the popup's group for one headword. */
  statusButton(headword: string, action: 'save' | 'known' | 'ignore'): Locator {
    const names = {
      en: { save: 'Save', known: 'Known', ignore: 'Ignore', group: `Status of ${headword}` },
      de: {
        save: 'Speichern',
        known: 'Bekannt',
        ignore: 'Ignorieren',
        group: `Status von ${headword}`,
      },
    }[this.lng]
    return this.popup
      .getByRole('group', { name: names.group, exact: true })
      .getByRole('button', { name: names[action], exact: true })
  }

  get statusMarksToggle(): Locator {
    return this.page.getByRole('button', {
      name: this.lng === 'en' ? 'Mark word status' : 'Wortstatus markieren',
    })
  }

  get markRemainingKnown(): Locator {
    return this.page.getByRole('button', {
      name:
        this.lng === 'en'
          ? 'Mark every remaining new word on this page as known'
          : 'Alle übrigen neuen Wörter dieser Seite als bekannt markieren',
    })
  }

  get toast(): Locator {
    return this.page.locator('.reader-toast')
  }
}
