import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { ownServer, type OwnServer } from './offlineServer'
import { BookPage } from './pages/BookPage'
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
  /**
   * Reads a text already on this device, as the import page would have stored it: for tests
   * of reading an imported text, where pasting it first would only repeat the import's tests.
   */
  stored(german: string, english?: string): Promise<ImportedReaderPage>
  /** The imported text the page (or another tab or profile) shows now, by its address. */
  shown(on?: Page): ImportedReaderPage
}

export interface AxeScope {
  /** Another page than the test's own (a second profile, a server of the test's own). */
  page?: Page
  /**
   * CSS selectors of the only parts to check: what changed since a full pass covered the
   * page (an opened dialog, the words it marks). Those that match nothing are left out, but
   * one must match. Without it the whole page is checked.
   */
  include?: string[]
}

interface Fixtures {
  reader: ReaderPage
  importPage: ImportPage
  importedReader: ImportedReaders
  review: ReviewPage
  words: WordsPage
  book: BookPage
  /**
   * Runs axe with the WCAG 2.0/2.1 A and AA rules, nothing disabled, plus the experimental
   * label-in-name rule (WCAG 2.5.3, level A), which axe leaves out unless asked for.
   */
  expectNoAxeViolations: (scope?: AxeScope) => Promise<void>
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

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
      stored: (german, english = '') => ImportedReaderPage.stored(page, german, english, lng),
      shown: (on = page) => ImportedReaderPage.shown(on, lng),
    })
  },
  review: async ({ page, lng }, provide) => {
    await provide(new ReviewPage(page, lng))
  },
  words: async ({ page, lng }, provide) => {
    await provide(new WordsPage(page, lng))
  },
  book: async ({ page, lng }, provide) => {
    await provide(new BookPage(page, lng))
  },
  expectNoAxeViolations: async ({ page }, provide) => {
    await provide(async ({ page: target = page, include = [] } = {}) => {
      const builder = new AxeBuilder({ page: target })
        // Set before withTags, which adds runOnly to these options.
        .options({
          rules: { 'label-content-name-mismatch': { enabled: true } },
          // Every violation in full; passes and the rest only counted. Building a selector
          // and an HTML snippet for each of a thousand words that pass took seconds a run.
          resultTypes: ['violations'],
        })
        .withTags(AXE_TAGS)
        // axe.run in the page itself. The default runs each frame apart and then combines
        // the results in a blank page of its own, which only matters for cross-origin
        // frames; the app has no frames at all, and the round trip doubled a short run.
        .setLegacyMode()
      expect(target.frames(), 'legacy mode leaves out cross-origin frames').toHaveLength(1)
      const present = []
      for (const selector of include) {
        if ((await target.locator(selector).count()) > 0) present.push(selector)
      }
      expect(present.length === 0 && include.length > 0, `none of ${include.join(', ')}`).toBe(
        false,
      )
      for (const selector of present) builder.include(selector)
      const results = await builder.analyze()
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      )
      expect(summary).toEqual([])
    })
  },
})

/**
 * Every fixture above, on an app server of the test's own (a free port, stopped after the
 * test), with the service worker the other tests block: for the tests of the worker, which
 * stop the server under a page or restart it on a new build.
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
