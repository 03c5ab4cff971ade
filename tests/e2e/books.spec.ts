import { readFile } from 'node:fs/promises'
import { makeEpub } from '../fixtures/makeEpub'
import { englishTranslation, germanBook } from '../fixtures/translatedBook'
import { expect, test } from './fixtures'
import { standIn } from './translatorStandIn'

const TITLE = 'Der Imker und die Bienen'

/** Enough paragraphs for the second chapter to come in more than one page of blocks. */
const LONG_CHAPTER_PARAGRAPHS = 80
/** A paragraph long enough that its words become spans in several segments (1,600 characters). */
const LONG_PARAGRAPH = `${'Im Winter schlafen die Bienen nicht, sie wärmen sich. '.repeat(30)}Im Frühling kommt der Imker.`

function bookFile() {
  const long = Array.from(
    { length: LONG_CHAPTER_PARAGRAPHS },
    (_, i) => `<p>Absatz ${i + 1}: Die Bienen fliegen über die Wiese.</p>`,
  ).join('')
  return makeEpub({
    title: TITLE,
    author: 'Anna Beispiel',
    chapters: [
      {
        file: 'c1.xhtml',
        title: 'Im Sommer',
        body:
          '<h1>Im Sommer</h1><img src="a.png" alt=""/><img src="b.png" alt=""/>' +
          '<p>Der Imker schleudert im Sommer den Honig. Er ist mit der Arbeit zufrieden.</p>' +
          '<p>Warte nur, balde<br/>Ruhest du auch.</p>',
      },
      { file: 'c2.xhtml', title: 'Auf der Wiese', body: `<h1>Auf der Wiese</h1>${long}` },
      {
        file: 'c3.xhtml',
        title: 'Im Winter',
        body:
          '<h1>Im Winter</h1><p>Im Winter schlafen die Bienen nicht, sie wärmen sich.</p>' +
          `<p>${LONG_PARAGRAPH}</p>`,
      },
    ],
  })
}

test.describe('books', () => {
  test('import an EPUB, find it in the library, read it chapter by chapter', async ({
    page,
    book,
    expectNoAxeViolations,
  }) => {
    await book.upload('imker.epub', bookFile())
    await expect(book.importProgress).toHaveAttribute('value', '3')
    await expect(page.getByText('3 of 3 chapters read')).toBeVisible()
    await expect(page.getByText(`“${TITLE}” is saved: 3 chapters.`)).toBeVisible()
    // Two images and one style sheet link per document.
    await expect(page.getByText('Left out: 2 images, 3 style sheets.')).toBeVisible()
    await expect(book.openLink).toBeFocused()
    await expectNoAxeViolations()

    expect(await book.storedCounts()).toEqual({ books: 1, chapters: 3, lookups: 1 })

    await page.goto('/en')
    const item = book.libraryItem(TITLE)
    await expect(item).toContainText('Chapter 1 of 3')
    await expect(item).toContainText('0% read')
    await expect(item).toContainText(/(?<!\d)0% of words known/u)
    await expectNoAxeViolations()
    await item.getByRole('link', { name: book.labels.openBook(TITLE) }).click()
    await expect(page).toHaveURL(/\/en\/book\/[0-9a-f-]{36}$/u)

    await expect(book.title).toHaveText(TITLE)
    await expect(book.chapterLine(1, 3)).toBeVisible()
    const contents = await book.openContents()
    await expect(contents.getByRole('listitem')).toHaveCount(3)
    await expect(book.currentChapter).toHaveText('Im Sommer')
    // Verse keeps its lines.
    await expect(book.german(3).locator('.block-text')).toHaveCSS('white-space', 'pre-line')

    // A word's popup, from the dictionary.
    await book.word('Imker').hover()
    await expect(book.popup).toContainText('beekeeper')
    await page.mouse.move(1, 1)
    await expectNoAxeViolations()

    await book.nextChapter.click()
    await expect(book.chapterLine(2, 3)).toBeVisible()
    await expect(book.currentChapter).toHaveText('Auf der Wiese')
    // Long chapters come a page of blocks at a time.
    await expect(book.german(10)).toBeAttached()
    await expect(book.german(11)).toHaveCount(0)
    await book.scrollToChapterEnd()
    await expect(book.german(LONG_CHAPTER_PARAGRAPHS + 1)).toBeAttached()

    await page.keyboard.press(']')
    await expect(book.chapterLine(3, 3)).toBeVisible()
    await expect(book.nextChapter).toBeDisabled()
    // A long paragraph's last words have their popup too, and its text reads once.
    await book.word('Imker').hover()
    await expect(book.popup).toContainText('beekeeper')
    await expect(book.german(3).locator('.block-text')).toHaveText(LONG_PARAGRAPH)
    await page.mouse.move(1, 1)
    // At the end of a chapter: mark the rest known, which also counts the chapter as read.
    await book.learningReady()
    await book.markRemainingKnown.click()
    await expect(book.toast).toContainText(/marked as known/u)
    await page.keyboard.press('[')
    await expect(book.chapterLine(2, 3)).toBeVisible()

    // The place in the chapter is kept as the reader scrolls, and found again on reopening.
    // (The long chapter's rows are there once it offers its next part.)
    await expect(book.moreButton).toBeVisible()
    await book.scrollToChapterEnd()
    await book.german(70).scrollIntoViewIfNeeded()
    await expect.poll(async () => (await book.savedPosition())?.block ?? 0).toBeGreaterThan(50)
    const saved = await book.savedPosition()
    expect(saved?.chapter).toBe(1)
    await page.reload()
    await expect(book.chapterLine(2, 3)).toBeVisible()
    await expect(book.german(saved!.block + 1)).toBeInViewport()

    await page.goto('/en')
    await expect(book.libraryItem(TITLE)).toContainText('Chapter 2 of 3')
    await expect(book.libraryItem(TITLE)).not.toContainText(/(?<!\d)0% read/u)
    // The words marked known at the end of the third chapter count in the whole book's share.
    await expect(book.libraryItem(TITLE)).toContainText(/% of words known/u)
    await expect(book.libraryItem(TITLE)).not.toContainText(/(?<!\d)0% of words known/u)
  })

  test('Cancel while its words are looked up stores nothing', async ({ page, book }) => {
    // The dictionary never answers: the import waits in its second step until cancelled.
    await page.route('**/api/dictionary?**', () => {})
    await book.upload('imker.epub', bookFile())
    await expect(book.wordsProgress).toBeVisible()
    await book.cancelButton.click()
    await expect(
      page.getByText('The import of imker.epub was cancelled. Nothing was stored.'),
    ).toBeVisible()
    expect(await book.storedCounts()).toEqual({ books: 0, chapters: 0, lookups: 0 })
  })

  test('a book is shared as a file with its corrections, and the file brings it back', async ({
    page,
    book,
  }) => {
    await book.upload('imker.epub', bookFile())
    await book.openLink.click()
    await book.word('Imker').click()
    await book.correctButton('der Imker').click()
    await book.glossField('der Imker').fill('bee-keeper (ours)')
    await page.keyboard.press('Enter')
    await expect(book.gloss).toHaveText('bee-keeper (ours)')
    await page.keyboard.press('Escape')

    const downloading = page.waitForEvent('download')
    await book.shareButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('der-imker-und-die-bienen.zweiklang-book.json')
    const file = await readFile((await download.path())!, 'utf8')
    expect(JSON.parse(file)).toMatchObject({ format: 'zweiklang-book', title: TITLE })

    await book.uploadShared(download.suggestedFilename(), file)
    await expect(page.getByText(`“${TITLE}” is saved: 3 chapters.`)).toBeVisible()
    await expect(page.getByText('It comes with 1 corrected gloss.')).toBeVisible()
    await book.openLink.click()
    await book.word('Imker').hover()
    await expect(book.gloss).toHaveText('bee-keeper (ours)')

    // A file that is not a book says what is wrong, and where.
    const broken = JSON.stringify({
      format: 'zweiklang-book',
      version: 1,
      title: 'Leer',
      chapters: [],
      corrections: {},
    })
    await book.uploadShared('leer.zweiklang-book.json', broken)
    await expect(book.alert('leer.zweiklang-book.json cannot be imported')).toContainText(
      /not a shared Zweiklang book file\..*chapters/u,
    )
  })

  test('a book with DRM is refused with its reason and nothing is stored', async ({
    page,
    book,
  }) => {
    const encryption = `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`
    await book.upload(
      'locked.epub',
      makeEpub({
        title: 'Verschlossen',
        chapters: [{ file: 'c1.xhtml', title: 'Eins', body: '<p>Geheim.</p>' }],
        extra: { 'META-INF/encryption.xml': encryption },
      }),
    )
    await expect(book.alert('locked.epub cannot be imported')).toContainText('protected by DRM')
    await expect(book.alert('locked.epub')).toContainText('OEBPS/c1.xhtml')
    await expect(book.alert('locked.epub')).toContainText('Nothing was stored.')
    await page.goto('/en')
    await expect(book.library).toContainText('No book yet.')
    expect(await book.storedCounts()).toEqual({ books: 0, chapters: 0, lookups: 0 })
  })

  test.describe('in German', () => {
    test.use({ lng: 'de' })

    test('broken XHTML names the file, line and column', async ({ book }) => {
      await book.upload(
        'kaputt.epub',
        makeEpub({ chapters: [{ file: 'c1.xhtml', title: 'Eins', body: '<p>Offen<p>' }] }),
      )
      await expect(book.alert('kaputt.epub kann nicht importiert werden')).toContainText(
        /fehlerhaftes XHTML.*OEBPS\/c1\.xhtml, Zeile \d+, Spalte \d+/u,
      )
    })
  })

  test('a book that is not German asks first; stopping stores nothing', async ({ page, book }) => {
    await book.upload(
      'english.epub',
      makeEpub({
        title: 'The Bees',
        language: 'en',
        chapters: [
          {
            file: 'c1.xhtml',
            title: 'One',
            body: '<p>The bees fly over the meadow and they are happy with the summer, as it was in the old days when all of them were young and the world was new to them.</p>',
          },
        ],
      }),
    )
    await expect(book.alert('does not read as German')).toContainText('“en”')
    await page.getByRole('button', { name: 'Stop' }).click()
    await expect(page.getByText('Stopped: nothing was stored.')).toBeVisible()
    expect(await book.storedCounts()).toEqual({ books: 0, chapters: 0, lookups: 0 })
  })

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

    test('the book reader fits the screen and its buttons are in reach', async ({ page, book }) => {
      await book.upload('imker.epub', bookFile())
      await book.openLink.tap()
      await expect(book.chapterLine(1, 3)).toBeVisible()
      await expect(book.word('Imker')).toBeVisible()
      await book.nextChapter.tap()
      await expect(book.chapterLine(2, 3)).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    })
  })

  test('a book beside its published translation: chapters paired and corrected, a doubtful pair fixed, a chapter translated on the device', async ({
    page,
    book,
    expectNoAxeViolations,
  }) => {
    await standIn(page)
    await book.upload('koechin.epub', germanBook())
    await book.openLink.click()
    await expect(book.chapterLine(1, 3)).toBeVisible()
    await page.getByRole('button', { name: 'Add the English translation' }).click()
    await page.getByLabel('The English translation (.epub, .txt or .md file)').setInputFiles({
      name: 'the-cook.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(englishTranslation),
    })

    // The aligner pairs the translator's preface with the first chapter; the reader corrects it.
    const chapterChoice = (n: number) =>
      page.getByRole('combobox', { name: new RegExp(`^English for chapter ${n}:`, 'u') })
    await expect(chapterChoice(1)).toHaveValue('0')
    await expect(chapterChoice(2)).toHaveAccessibleDescription('Unsure: check this one')
    await expect(chapterChoice(3)).toHaveValue('none')
    await expectNoAxeViolations()
    await chapterChoice(1).selectOption({ label: '2. Chapter I' })
    await chapterChoice(2).selectOption({ label: '3. Chapter II' })
    await page.getByRole('button', { name: 'Pair the paragraphs' }).click()
    await expect(page.getByText('The English is now beside 2 chapters.')).toBeVisible()
    await expect(page.getByText('2 doubtful pairs in chapter 1:')).toBeVisible()
    await page.getByRole('button', { name: 'Back to the book' }).click()

    // The English beside the German, with the reader's view modes; the doubtful pairs say so.
    await expect(book.englishText(2)).toHaveText(
      'Anna came home from Berlin on Monday at eight o’clock.',
    )
    await book.setView('en')
    await book.setView('both')
    await expect(page.getByText('2 pairs in this chapter are doubtful.')).toBeVisible()
    await expect(book.english(3).getByText('Doubtful pair')).toBeVisible()
    const contents = await book.openContents()
    await expect(contents.getByRole('listitem').nth(0)).toContainText(
      'with English, 2 doubtful pairs',
    )
    await expect(contents.getByRole('listitem').nth(2)).not.toContainText('with English')

    // The chapter's alignment editor: the translator put two paragraphs the other way round.
    await page.getByRole('button', { name: 'Check the pairs of this chapter' }).click()
    await expect(
      page.getByRole('heading', { name: 'Pair the paragraphs of chapter 1' }),
    ).toBeFocused()
    await expect(page.getByText('Doubtful pair', { exact: true })).toHaveCount(2)
    await expectNoAxeViolations()
    await page.getByRole('button', { name: 'Move down (English block 3)' }).click()
    await expect(page.getByText('Doubtful pair', { exact: true })).toHaveCount(0)
    await page.getByRole('button', { name: 'Keep these pairs' }).click()
    await expect(book.englishText(3)).toHaveText('He was already waiting in the kitchen.')
    await expect(book.englishText(4)).toHaveText(
      'She cooked for him. The dish was delicious, and he ate everything.',
    )
    await expect(page.getByText('Doubtful pair', { exact: true })).toHaveCount(0)

    // The popup's meaning in this text comes from the aligned English: a dish, not a court.
    await book.word('Gericht').hover()
    await expect(book.popup).toContainText('dish')
    await page.mouse.move(1, 1)

    // The third chapter has no English: it is translated on the device, and can be edited.
    await book.nextChapter.click()
    await book.nextChapter.click()
    await expect(book.chapterLine(3, 3)).toBeVisible()
    await page.getByRole('button', { name: 'Translate on this device' }).click()
    await expect(book.englishText(2)).toHaveText('EN Am Mittwoch regnete es.')
    await expect(
      page.getByText('The English is a machine translation made on this device.'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Edit the English' }).nth(1).click()
    await page
      .getByRole('textbox', { name: 'Your English for this block' })
      .fill('On Wednesday it rained.')
    await page.getByRole('button', { name: 'Save the English' }).click()
    // Stored once the block says whose English it is: only then may the page go.
    await expect(page.getByText('Your translation')).toHaveCount(1)
    await page.reload()
    await expect(book.chapterLine(3, 3)).toBeVisible()
    await expect(book.englishText(2)).toHaveText('On Wednesday it rained.')
    await expect(page.getByText('Your translation')).toHaveCount(1)

    // Shared, the book takes its English along, each block marked as it was.
    const downloading = page.waitForEvent('download')
    await book.shareButton.click()
    const download = await downloading
    const file = await readFile((await download.path())!, 'utf8')
    const shared = JSON.parse(file) as { chapters: { translation?: { by: string } }[] }
    expect(shared.chapters.map((chapter) => chapter.translation?.by)).toEqual([
      'published',
      'published',
      'machine',
    ])
    await book.uploadShared(download.suggestedFilename(), file)
    await expect(page.getByText(/^It comes with the English of 3 chapters, /u)).toBeVisible()
    await book.openLink.click()
    await expect(book.englishText(4)).toHaveText(
      'She cooked for him. The dish was delicious, and he ate everything.',
    )
    await book.nextChapter.click()
    await book.nextChapter.click()
    await expect(book.englishText(2)).toHaveText('On Wednesday it rained.')
    await expect(page.getByText('Your translation')).toHaveCount(1)
    await expect(
      page.getByText(
        'The English is a machine translation made on this device; you edited 1 block.',
      ),
    ).toBeVisible()
  })
})
