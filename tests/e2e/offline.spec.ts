import { makeEpub } from '../fixtures/makeEpub'
import { testOnOwnServer as test, expect } from './fixtures'
import { readLearning } from './learningData'
import { expectGone, workerInControl } from './offlineServer'

// The test stops the server under the page: it runs on a server of its own.
test.use({ slug: 'samstag-markt' })
// It starts a server, and the service worker downloads the whole build.
test.describe.configure({ timeout: 120_000 })

test('after a first visit everything opened works with the server stopped', async ({
  page,
  server,
  reader,
  importedReader,
  book,
  words,
  review,
  expectNoAxeViolations,
}) => {
  await page.goto('/en')
  expect(await workerInControl(page)).toMatch(/^zk-/u)

  // Online: one curated text opened from the library (a client-side navigation) and a word
  // saved in it, one text imported.
  await page
    .getByRole('link', { name: /Samstag auf dem Markt/u })
    .first()
    .click()
  await expect(page).toHaveURL('/en/read/samstag-markt')
  await reader.learningReady()
  await reader.word('Markt').click()
  await reader.statusButton('der Markt', 'save').click()
  await expect(reader.word('Markt')).toHaveAttribute('data-s', 'learning')
  const imported = await importedReader.open(
    'Der Imker schleudert im Sommer den Honig.',
    'The beekeeper spins the honey in summer.',
  )
  // A book imported, none of its chapters opened: its words are looked up at import.
  await book.upload(
    'bienen.epub',
    makeEpub({
      title: 'Die Bienen',
      chapters: [
        { file: 'c1.xhtml', title: 'Eins', body: '<p>Der Imker schleudert den Honig.</p>' },
        { file: 'c2.xhtml', title: 'Zwei', body: '<p>Im Winter wärmen sich die Bienen.</p>' },
      ],
    }),
  )
  await expect(book.openLink).toBeVisible()

  server.stop()
  await expectGone(server.origin)

  await page.goto('/en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library')
  await expect(
    page.getByRole('link', { name: 'Der Imker schleudert im Sommer den Honig.' }),
  ).toBeVisible()

  await reader.goto()
  await reader.word('Markt').hover()
  await expect(reader.popup).toContainText('der Markt')
  await expect(reader.word('Markt')).toHaveAttribute('data-s', 'learning')
  // Saving still works: the text's word list was stored with it.
  await page.mouse.move(1, 1)
  await reader.word('Samstag').click()
  await reader.statusButton('der Samstag', 'save').click()
  await expect.poll(async () => (await readLearning(page)).words.length).toBe(2)

  await words.goto()
  await expect(words.item('der Samstag')).toBeVisible()

  await review.goto()
  await expect(review.progress).toHaveText(/^1 of \d+$/u)

  await imported.goto()
  await imported.word('Honig').hover()
  await expect(imported.popup).toContainText('der Honig')

  // Every chapter of the book has its popups, though none was opened online.
  await page.goto('/en')
  await book
    .libraryItem('Die Bienen')
    .getByRole('link', { name: book.labels.openBook('Die Bienen') })
    .click()
  await book.nextChapter.click()
  await expect(book.chapterLine(2, 2)).toBeVisible()
  await book.word('Winter').hover()
  await expect(book.popup).toContainText('der Winter')

  // A text never opened is not there, and the page says so.
  await page.goto('/en/read/stadtbaeume')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available offline')
  await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible()
  await expectNoAxeViolations()

  // The bare address is the library too.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library')
})
