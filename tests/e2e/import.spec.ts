import { readFile } from 'node:fs/promises'
import { test, expect, type Page } from './fixtures'
import { seedBeforeOpening } from './learningData'
import { readImportedTexts } from './pages/ImportPage'
import { importedText } from './pages/ImportedReaderPage'

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u
const READER = new RegExp(`/en/mine/${UUID.source}`, 'u')

const german = [
  '# Im Garten',
  'Die Großmutter pflanzt Tomaten. Der Enkel gießt sie jeden Abend.',
  'Im Herbst ernten sie zusammen.',
].join('\n\n')
const english = [
  '# In the garden',
  'Grandmother plants tomatoes. Her grandson waters them every evening.',
  'In autumn they harvest together.',
].join('\n\n')
/** The English with its first two paragraphs run together: one block short. */
const englishRunTogether = [
  '# In the garden Grandmother plants tomatoes.',
  'Her grandson waters them every evening. In autumn they harvest together.',
].join('\n\n')

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'

test.describe('importing a text', () => {
  test('a text and its translation with the same blocks go to the reader', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    await expect(page).toHaveTitle(/^Import a text · /)
    await importPage.fill(german, english)
    await importPage.submit.click()
    await expect(page).toHaveURL(READER)
    const id = UUID.exec(page.url())![0]
    const texts = await readImportedTexts(page)
    expect(texts).toEqual([
      expect.objectContaining({
        id,
        title: 'Im Garten',
        de: [
          { kind: 'heading', text: 'Im Garten' },
          { kind: 'paragraph', text: expect.stringMatching(/^Die Großmutter/u) },
          { kind: 'paragraph', text: 'Im Herbst ernten sie zusammen.' },
        ],
        en: expect.arrayContaining([{ kind: 'heading', text: 'In the garden' }]),
      }),
    ])
  })

  test('a typed title is kept; a text without translation is read alone', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    await importPage.titleField.fill('Mein Garten')
    await importPage.fill(german)
    await importPage.submit.click()
    await expect(page).toHaveURL(READER)
    const [text] = (await readImportedTexts(page)) as { title: string; en?: unknown }[]
    expect(text!.title).toBe('Mein Garten')
    expect(text!.en).toBeUndefined()
  })

  test('blocks that differ in number open the alignment editor; merging and splitting pair them', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    await importPage.fill(german, englishRunTogether)
    await importPage.submit.click()
    await expect(importPage.editor).toBeVisible()
    await expect(page).toHaveURL(/\/en\/import$/u)
    await expect(importPage.editor).toContainText(
      'The German text has 3 blocks, the translation 2. Pair them before reading',
    )
    await expect(importPage.counts).toHaveText('Blocks now: 3 German, 2 English.')
    await expect(importPage.block('en', 3)).toContainText('No block')
    await expect(importPage.submit).toHaveAttribute('aria-disabled', 'true')
    await expect(importPage.submit).toHaveAccessibleDescription(
      /^Give every German block an English partner first/u,
    )

    // Merging the German makes it 2 : 2 …
    await importPage.action('de', 2, 'Merge with next').click()
    await expect(importPage.counts).toHaveText(
      'Blocks now: 2 German, 2 English. Every German block has its partner.',
    )
    await expect(importPage.block('de', 2)).toContainText(
      'Der Enkel gießt sie jeden Abend. Im Herbst ernten sie zusammen.',
    )
    // … splitting the English makes it 2 : 3, then splitting the German back makes 3 : 3.
    await importPage.action('en', 2, 'Split after first sentence').click()
    await expect(importPage.counts).toHaveText('Blocks now: 2 German, 3 English.')
    await expect(importPage.block('en', 3)).toHaveText(/In autumn they harvest together\./u)
    await expect(importPage.block('de', 3)).toContainText('No block')
    await importPage.action('de', 2, 'Split after first sentence').click()
    await expect(importPage.counts).toHaveText(
      'Blocks now: 3 German, 3 English. Every German block has its partner.',
    )
    // Focus stays with the block acted on.
    await expect(importPage.action('de', 2, 'Merge with next')).toBeVisible()
    await importPage.action('de', 2, 'Move down').click()
    await expect(importPage.action('de', 3, 'Move up')).toBeFocused()
    await expect(importPage.block('de', 3)).toContainText('Die Großmutter pflanzt Tomaten.')
    await importPage.action('de', 3, 'Move up').click()
    await expect(importPage.action('de', 2, 'Move up')).toBeFocused()

    await expect(importPage.submit).not.toHaveAttribute('aria-disabled', 'true')
    await importPage.submit.click()
    await expect(page).toHaveURL(READER)
    const [text] = (await readImportedTexts(page)) as { de: unknown[]; en: unknown[] }[]
    expect(text!.de).toHaveLength(3)
    expect(text!.en).toHaveLength(3)
  })

  test('the editor goes back to the form with the texts as they are now', async ({
    importPage,
  }) => {
    await importPage.goto()
    await importPage.fill(german, englishRunTogether)
    await importPage.submit.click()
    await importPage.action('de', 1, 'Merge with next').click()
    await importPage.back.click()
    await expect(importPage.german).toBeFocused()
    await expect(importPage.german).toHaveValue(
      '# Im Garten Die Großmutter pflanzt Tomaten. Der Enkel gießt sie jeden Abend.\n\nIm Herbst ernten sie zusammen.',
    )
    await expect(importPage.english).toHaveValue(englishRunTogether)
  })

  test('reading without translation keeps the German only', async ({ page, importPage }) => {
    await importPage.goto()
    await importPage.fill(german, englishRunTogether)
    await importPage.submit.click()
    await importPage.readGerman.click()
    await expect(page).toHaveURL(READER)
    const [text] = (await readImportedTexts(page)) as { de: unknown[]; en?: unknown }[]
    expect(text!.de).toHaveLength(3)
    expect(text!.en).toBeUndefined()
  })

  test('an empty German text is refused with an alert tied to the field', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    await importPage.fill(' \n\u200B ', english)
    await importPage.submit.click()
    const alert = importPage.alert('The German text is empty.')
    await expect(alert).toBeVisible()
    await expect(importPage.german).toHaveAttribute('aria-invalid', 'true')
    await expect(importPage.german).toHaveAccessibleDescription(/The German text is empty\./u)
    await expect(importPage.german).toBeFocused()
    await expect(importPage.english).toHaveValue(english)
    await expect(page).toHaveURL(/\/en\/import$/u)
  })

  test('a text over 200,000 characters is refused, and kept in the field', async ({
    importPage,
  }) => {
    await importPage.goto()
    const long = 'Wort '.repeat(40_001)
    await importPage.german.fill(long)
    await importPage.submit.click()
    await expect(
      importPage.alert('The German text has 200,004 characters; at most 200,000 can be imported.'),
    ).toBeVisible()
    await expect(importPage.german).toHaveValue(long)
  })

  test('a binary file is refused; a .txt file fills its field', async ({ importPage }) => {
    await importPage.goto()
    await importPage.uploadGerman.setInputFiles({
      name: 'picture.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
    })
    await expect(importPage.alert('picture.txt is not a text file')).toBeVisible()
    await expect(importPage.german).toHaveValue('')

    await importPage.uploadEnglish.setInputFiles({
      name: 'garden.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(english, 'utf8'),
    })
    await expect(importPage.english).toHaveValue(english)
    await importPage.uploadGerman.setInputFiles({
      name: 'garten.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(german, 'utf8'),
    })
    await expect(importPage.german).toHaveValue(german)
    await expect(importPage.alert('picture.txt')).toHaveCount(0)
  })

  test('a file over 1 MB is imported as a book, not into the field', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    const paragraph = 'Der Imker schleudert im Sommer den Honig, die Bienen fliegen.\n\n'
    await importPage.uploadGerman.setInputFiles({
      name: 'lang.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(paragraph.repeat(Math.ceil(1_000_001 / paragraph.length)), 'utf8'),
    })
    await expect(page.getByText(/is saved: 1 chapter\./u)).toBeVisible()
    await expect(importPage.german).toHaveValue('')
  })

  test('hostile markup is shown as text; invisible characters are removed and said', async ({
    page,
    importPage,
  }) => {
    await importPage.goto()
    await importPage.fill(
      `${HOSTILE}\n\nEin Abs\u200Batz\u202E mit \u2066Tricks\u2069.\n\nNoch einer.`,
      'One paragraph only.',
    )
    await importPage.submit.click()
    await expect(importPage.editor).toBeVisible()
    await expect(importPage.block('de', 1)).toContainText(HOSTILE)
    await expect(importPage.block('de', 2)).toContainText('Ein Absatz mit Tricks.')
    await expect(
      importPage.status('4 invisible characters were removed (zero-width spaces'),
    ).toBeVisible()
    await importPage.readGerman.click()
    await expect(page).toHaveURL(READER)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    const [text] = (await readImportedTexts(page)) as { title: string }[]
    expect(text!.title).toBe(HOSTILE)
  })

  test('with invisible characters removed and the blocks paired, the page says so before reading', async ({
    importPage,
  }) => {
    await importPage.goto()
    await importPage.fill('Hal\u200Blo.', 'Hello.')
    await importPage.submit.click()
    await expect(importPage.status('1 invisible character was removed')).toBeVisible()
    const open = importPage.readNow
    await expect(open).toBeFocused()
    await expect(open).toHaveAttribute('href', READER)
  })
})

test.describe('opening a shared text', () => {
  const shared = {
    format: 'zweiklang-text',
    version: 1,
    title: 'Im Garten',
    de: [{ kind: 'paragraph', text: 'Die Großmutter pflanzt Tomaten.' }],
    en: [{ kind: 'paragraph', text: 'Grandmother plants tomatoes.' }],
    corrections: { 'ding:Tomate|noun': 'tomato' },
  }

  test('a valid file is added and read', async ({ page, importPage }) => {
    await importPage.goto()
    await importPage.sharedFile.setInputFiles({
      name: 'im-garten.zweiklang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(shared)),
    })
    await expect(page).toHaveURL(READER)
    expect(await readImportedTexts(page)).toEqual([
      expect.objectContaining({ title: 'Im Garten', corrections: shared.corrections }),
    ])
  })

  test('an invalid file is refused, naming the problem', async ({ importPage }) => {
    await importPage.goto()
    await importPage.sharedFile.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...shared, en: [] })),
    })
    await expect(
      importPage.alert(
        'broken.json is not a shared Zweiklang text: en: 0 blocks for 1 German blocks',
      ),
    ).toBeVisible()
    await expect(importPage.sharedFile).toHaveAttribute('aria-invalid', 'true')
    await importPage.sharedFile.setInputFiles({
      name: 'not.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    })
    await expect(
      importPage.alert('not.json is not a shared Zweiklang text: not JSON'),
    ).toBeVisible()
  })
})

test.describe('the import page in German', () => {
  test.use({ lng: 'de' })

  test('speaks German and is reached from the header', async ({ page, importPage }) => {
    await page.goto('/de')
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Importieren' })
      .click()
    await expect(page).toHaveURL(/\/de\/import$/u)
    await importPage.german.fill('')
    await importPage.submit.click()
    await expect(importPage.alert('Der deutsche Text ist leer.')).toBeVisible()
  })
})

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        (value) => localStorage.setItem('zweiklang:prefs', JSON.stringify({ theme: value })),
        theme,
      )
    })

    for (const lng of ['en', 'de'] as const) {
      test.describe(`in ${lng}`, () => {
        test.use({ lng })
        // The editor in each theme in one interface language: both languages are checked,
        // with no extra pass, and on the page already open.
        const withEditor = lng === (theme === 'light' ? 'en' : 'de')

        test(`/${lng}/import with its alerts${withEditor ? ' and the alignment editor' : ''} has no axe violations`, async ({
          page,
          importPage,
          expectNoAxeViolations,
        }) => {
          await importPage.goto()
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
          await expectNoAxeViolations()
          await importPage.submit.click()
          await expect(importPage.german).toHaveAttribute('aria-invalid', 'true')
          await expectNoAxeViolations()
          if (!withEditor) return
          await importPage.fill(`${german}\n\n> Ein Hinweis.`, englishRunTogether)
          await importPage.submit.click()
          await expect(importPage.editor).toBeVisible()
          await expectNoAxeViolations()
        })
      })
    }
  })
}

test.describe('your texts in the library', () => {
  // The texts are stored as the import page stores them (the tests above import through it).
  const yourTexts = (page: Page) => page.getByRole('region', { name: 'Your texts' })

  test('with none imported, say so and link to the import page', async ({ page }) => {
    await page.goto('/en')
    const section = yourTexts(page)
    await expect(section.getByText('You have not imported a text yet.')).toBeVisible()
    await section.getByRole('link', { name: 'Import any German text to read it here' }).click()
    await expect(page).toHaveURL(/\/en\/import$/u)
  })

  test('list an imported text; share it as a file; delete it and undo', async ({ page }) => {
    await seedBeforeOpening(page, {
      texts: [importedText(german, english), importedText('Nur Deutsch hier.')],
    })
    const [record] = (await readImportedTexts(page)).filter(
      (text) => (text as { title: string }).title === 'Im Garten',
    )
    await page.goto('/en')
    const section = yourTexts(page)
    const item = section.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Im Garten', level: 3 }),
    })
    await expect(item).toContainText('17 words')
    await expect(item).toContainText('3 blocks')
    await expect(item).toContainText('with translation')
    await expect(item.getByRole('heading')).toHaveAttribute('lang', 'de')
    await expect(
      section.getByRole('listitem').filter({ hasText: 'Nur Deutsch hier.' }),
    ).toContainText('no translation')
    await expect(item.getByRole('link', { name: 'Open Im Garten' })).toHaveAttribute(
      'href',
      `/en/mine/${(record as { id: string }).id}`,
    )

    const downloading = page.waitForEvent('download')
    await item.getByRole('button', { name: 'Share Im Garten' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('im-garten.zweiklang.json')
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown
    expect(file).toEqual({
      format: 'zweiklang-text',
      version: 1,
      title: 'Im Garten',
      de: (record as { de: unknown }).de,
      en: (record as { en: unknown }).en,
      corrections: {},
    })
    await expect(section.getByRole('status')).toHaveText(/^Downloaded im-garten\.zweiklang\.json/u)

    await item.getByRole('button', { name: 'Delete Im Garten' }).click()
    await expect(section.getByRole('status')).toHaveText('Deleted “Im Garten”.')
    await expect(item).toHaveCount(0)
    const undo = section.getByRole('button', { name: 'Undo' })
    await expect(undo).toBeFocused()
    await undo.click()
    await expect(section.getByRole('status')).toHaveText('“Im Garten” is back.')
    await expect(item.getByRole('link', { name: 'Open Im Garten' })).toBeFocused()
    expect(await readImportedTexts(page)).toContainEqual(record)
  })

  for (const theme of ['light', 'dark'] as const) {
    test(`with imported texts have no axe violations (${theme})`, async ({
      page,
      expectNoAxeViolations,
    }) => {
      await page.addInitScript(
        (value) => localStorage.setItem('zweiklang:prefs', JSON.stringify({ theme: value })),
        theme,
      )
      await seedBeforeOpening(page, { texts: [importedText(german, english)] })
      for (const lng of ['en', 'de'] as const) {
        await page.goto(`/${lng}`)
        await expect(page.getByRole('heading', { name: 'Im Garten', level: 3 })).toBeVisible()
        await expectNoAxeViolations()
      }
      await page.getByRole('button', { name: '„Im Garten“ löschen' }).click()
      await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeFocused()
      await expectNoAxeViolations()
    })
  }
})

test('storage that cannot be opened is reported, and the typed text kept', async ({
  page,
  importPage,
}) => {
  // As in a private window of a browser that offers no IndexedDB.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await importPage.goto()
  await importPage.fill(german, english)
  await importPage.submit.click()
  await expect(importPage.alert(/could not be opened\. Nothing has been deleted\./u)).toBeVisible()
  await expect(page).toHaveURL(/\/en\/import$/u)
  await expect(importPage.german).toHaveValue(german)
  await expect(importPage.english).toHaveValue(english)
})

test('importing, aligning and the library report no CSP violation', async ({
  page,
  importPage,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
  await importPage.goto()
  await importPage.fill(german, englishRunTogether)
  await importPage.submit.click()
  await importPage.action('de', 1, 'Merge with next').click()
  await importPage.back.click()
  // Stays on the page (a character was removed), so only this page and the library are checked.
  await importPage.fill('Im Gar\u200Bten.', 'In the garden.')
  await importPage.submit.click()
  await expect(importPage.status('1 invisible character was removed')).toBeVisible()
  // Saved once the page links to it: leaving before could end the write.
  await expect(importPage.readNow).toBeVisible()
  await page.goto('/en')
  await expect(page.getByRole('heading', { name: 'Im Garten.', level: 3 })).toBeVisible()
  expect(violations).toEqual([])
})
