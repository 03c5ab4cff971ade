import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { ownServer, type OwnServer } from './offlineServer'
import { ImportPage } from './pages/ImportPage'
import { ImportedReaderPage } from './pages/ImportedReaderPage'
import { ReaderPage } from './pages/ReaderPage'
import { ReviewPage } from './pages/ReviewPage'
import { WordsPage } from './pages/WordsPage'

export type Lng = 'en' | 'de'

/** Set with `test.use({ … })` in a spec or a describe block. */
interface Options {
  /** The interface language every page object opens in. */
  lng: Lng
  /** The curated text `reader` opens. */
  slug: string
  /** Only for the spec that makes a component throw on purpose. */
  allowPageErrors: boolean
}

/** The imported-text reader: a text has to be imported before it can be read. */
interface ImportedReaders {
  /** Pastes a text on the import page and reads it, as a reader does. */
  open(german: string, english?: string): Promise<ImportedReaderPage>
  /** The imported text the page (or another tab or profile) shows now, by its address. */
  shown(on?: Page): ImportedReaderPage
}

interface Fixtures {
  reader: ReaderPage
  importPage: ImportPage
  importedReader: ImportedReaders
  review: ReviewPage
  words: WordsPage
  /** Runs axe with the WCAG 2 A and AA rules, nothing disabled or excluded. */
  expectNoAxeViolations: (page?: Page) => Promise<void>
}

export const test = base.extend<Options & Fixtures>({
  lng: ['en', { option: true }],
  slug: ['alaska-gipfel', { option: true }],
  allowPageErrors: [false, { option: true }],

  page: async ({ page, allowPageErrors }, provide) => {
    // Any uncaught script error on a page fails the test that caused it.
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await provide(page)
    if (!allowPageErrors) expect(errors, 'uncaught errors in the page').toEqual([])
  },
  reader: async ({ page, lng, slug }, provide) => {
    await provide(new ReaderPage(page, lng, slug))
  },
  importPage: async ({ page, lng }, provide) => {
    await provide(new ImportPage(page, lng))
  },
  importedReader: async ({ page, lng }, provide) => {
    await provide({
      open: (german, english = '') => ImportedReaderPage.imported(page, german, english, lng),
      shown: (on = page) => ImportedReaderPage.shown(on, lng),
    })
  },
  review: async ({ page, lng }, provide) => {
    await provide(new ReviewPage(page, lng))
  },
  words: async ({ page, lng }, provide) => {
    await provide(new WordsPage(page, lng))
  },
  expectNoAxeViolations: async ({ page }, provide) => {
    await provide(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      )
      expect(summary).toEqual([])
    })
  },
})

/**
 * Every fixture above, on a `next start` of the test's own (a free port, stopped after the
 * test), with the service worker allowed: for the tests of the worker, which stop the
 * server under a page or restart it on a new build.
 */
export const testOnOwnServer = test.extend<{ server: OwnServer }>({
  serviceWorkers: 'allow',
  server: async ({}, provide) => {
    const server = await ownServer()
    try {
      await provide(server)
    } finally {
      server.stop()
    }
  },
  baseURL: async ({ server }, provide) => {
    await provide(server.origin)
  },
})

export { expect }
export type { Page }
