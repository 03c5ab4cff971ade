import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { ReaderPage } from './pages/ReaderPage'

interface Fixtures {
  reader: ReaderPage
  /** Runs axe with the WCAG 2 A and AA rules, nothing disabled or excluded. */
  expectNoAxeViolations: (page?: Page) => Promise<void>
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, provide) => {
    // Any uncaught script error on a page fails the test that caused it.
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await provide(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
  reader: async ({ page }, provide) => {
    await provide(new ReaderPage(page))
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

export { expect }
