import { expect, type Locator, type Page } from '@playwright/test'

type Lng = 'en' | 'de'

const text = {
  en: {
    showAnswer: 'Show answer',
    showHint: 'Show hint',
    answer: 'Answer',
    rate: 'How well did you remember it?',
    grades: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' },
    done: 'Session complete',
    empty: 'Nothing to review. Save words while you read.',
    suggested: 'suggested',
    machine: 'Machine translation',
  },
  de: {
    showAnswer: 'Antwort zeigen',
    showHint: 'Hinweis zeigen',
    answer: 'Antwort',
    rate: 'Wie gut wusstest du es?',
    grades: { 1: 'Nochmal', 2: 'Schwer', 3: 'Gut', 4: 'Leicht' },
    done: 'Fertig für jetzt',
    empty: 'Nichts zu wiederholen. Speichere Wörter beim Lesen.',
    suggested: 'empfohlen',
    machine: 'Maschinelle Übersetzung',
  },
} as const

/** The review page as a learner sees it: one card, its answer, the ratings, the summary. */
export class ReviewPage {
  constructor(
    readonly page: Page,
    readonly lng: Lng = 'en',
  ) {}

  /** The same page in another tab or browser profile. */
  on(page: Page): ReviewPage {
    return new ReviewPage(page, this.lng)
  }

  async goto() {
    const response = await this.page.goto(`/${this.lng}/review`)
    expect(response?.status()).toBe(200)
  }

  /** Waits until the session has loaded: a card, the empty state or a storage notice. */
  async loaded() {
    await expect(this.page.getByRole('status')).toHaveCount(0)
  }

  /** What says, in the answer, that the example's English is a machine translation. */
  get machineMark(): Locator {
    return this.answer.getByText(text[this.lng].machine, { exact: true })
  }

  get question(): Locator {
    return this.page.getByRole('heading', { level: 2 })
  }

  get card(): Locator {
    return this.page.getByRole('region').filter({ has: this.question })
  }

  get prompt(): Locator {
    return this.page.locator('.review-prompt')
  }

  get progress(): Locator {
    return this.page.locator('.review-progress')
  }

  get showAnswer(): Locator {
    return this.page.getByRole('button', { name: text[this.lng].showAnswer })
  }

  get showHint(): Locator {
    return this.page.getByRole('button', { name: text[this.lng].showHint })
  }

  get answer(): Locator {
    return this.page.getByRole('group', { name: text[this.lng].answer, exact: true })
  }

  get ratings(): Locator {
    return this.page.getByRole('group', { name: text[this.lng].rate })
  }

  /** A rating button by its position: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating(key: 1 | 2 | 3 | 4): Locator {
    return this.ratings.getByRole('button', {
      name: new RegExp(`^${text[this.lng].grades[key]}\\b`),
    })
  }

  article(name: 'der' | 'die' | 'das'): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  get summary(): Locator {
    return this.page.getByRole('region', { name: text[this.lng].done })
  }

  get empty(): Locator {
    return this.page.getByText(text[this.lng].empty)
  }

  /** The word under the rating the page suggests after a wrong der/die/das. */
  get suggested(): string {
    return text[this.lng].suggested
  }

  /** The count shown under a rating's name in the summary. */
  count(key: 1 | 2 | 3 | 4): Locator {
    return this.summary
      .locator('.review-counts div')
      .filter({ has: this.page.getByText(text[this.lng].grades[key], { exact: true }) })
      .locator('dd')
  }

  async hasNoHorizontalScroll() {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  }
}
