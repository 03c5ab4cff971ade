import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { readLearning } from './learningData'

// None of Imker, schleudern, Honig, Biene or aufräumen has a curated entry: the dictionary
// glosses them. Gipfel and Sommer are curated.
const german = [
  '# Beim Imker',
  'Der Imker schleudert im Sommer den Honig. Die Bienen fliegen über die Wiese und räumen ihren Stock auf.',
  'Der Gipfel des Berges liegt im Nebel.',
].join('\n\n')
const english = [
  '# At the beekeeper’s',
  'The beekeeper spins the honey in summer. The bees fly over the meadow and tidy up their hive.',
  'The summit of the mountain lies in the fog.',
].join('\n\n')

test.describe('reading an imported text', () => {
  test('paste, read, hover for lemma and meaning, save, and review it', async ({
    page,
    importedReader,
    review,
  }) => {
    const reader = await importedReader.open(german, english)
    await expect(reader.title).toHaveText('Beim Imker')
    await expect(reader.englishText(2)).toContainText('The beekeeper spins the honey')

    await reader.word('Imker').hover()
    await expect(reader.popup).toContainText('der Imker')
    await expect(reader.popup).toContainText('beekeeper')
    await expect(reader.popup).toContainText(reader.labels.dictionary)

    // A separable verb Ding knows is one unit: either part shows the infinitive, both marked.
    await page.mouse.move(1, 1)
    await reader.word('räumen').hover()
    await expect(reader.popup).toContainText('aufräumen')
    await expect(reader.word('auf')).toHaveClass(/w-partner/)

    // A curated entry comes first, without the dictionary's mark.
    await page.mouse.move(1, 1)
    await reader.word('Gipfel').hover()
    await expect(reader.popup).toContainText('der Gipfel')
    await expect(reader.popup).not.toContainText(reader.labels.dictionary)

    // Saved from the paragraph, not the heading: its sentence and the English sentence paired
    // with it go with it, not the whole English paragraph.
    await page.mouse.move(1, 1)
    await reader.wordInPair(2, 'Imker').click()
    await reader.statusButton('der Imker', 'save').click()
    await expect(reader.statusButton('der Imker', 'save')).toHaveAttribute('aria-pressed', 'true')
    await expect(reader.word('Imker')).toHaveAttribute('data-s', 'learning')
    const [saved] = (await readLearning(page)).words
    expect(saved).toMatchObject({
      key: 'Imker',
      status: 'learning',
      pos: 'noun',
      gender: 'm',
      source: {
        slug: `mine/${reader.id}`,
        title: 'Beim Imker',
        sentence: 'Der Imker schleudert im Sommer den Honig.',
        translation: 'The beekeeper spins the honey in summer.',
      },
    })
    expect(saved!.glosses.en).toMatch(/beekeeper/)

    // Its cards are those of a curated noun: its meaning first, with the saved sentence.
    await review.goto()
    await expect(review.progress).toHaveText('1 of 4')
    await expect(review.question).toHaveText('What does it mean?')
    await expect(review.prompt).toHaveText('der Imker')
    await page.keyboard.press('Space')
    await expect(review.answer).toContainText('beekeeper')
    await expect(review.answer).toContainText('Der Imker schleudert im Sommer den Honig.')
    await page.keyboard.press('3')
    await expect(review.progress).toHaveText('2 of 4')
    await expect(review.prompt).toContainText('beekeeper')
    await page.keyboard.press('Enter')
    await expect(review.answer).toContainText('der Imker')
    await page.keyboard.press('3')
    await expect.poll(async () => (await readLearning(page)).reviews.length).toBe(2)
  })

  test('a corrected gloss is shown, kept, used in both languages, and can be undone', async ({
    page,
    importedReader,
  }) => {
    const reader = await importedReader.stored(german, english)
    await reader.word('Honig').click()
    await reader.correctButton('der Honig').click()
    await expect(reader.glossField('der Honig')).toBeFocused()
    await reader.glossField('der Honig').fill('honey (from the hive)')
    await page.keyboard.press('Enter')
    await expect(reader.gloss).toHaveText('honey (from the hive)')
    await expect(reader.popup).toContainText(reader.labels.corrected)
    await expect(reader.correctButton('der Honig')).toBeFocused()

    await reader.goto()
    await reader.word('Honig').hover()
    await expect(reader.gloss).toHaveText('honey (from the hive)')
    // Loaded at its address, the page still switches to the same text in German.
    await page.getByRole('link', { name: /^Interface language/u }).click()
    await expect(page).toHaveURL(`/de/mine/${reader.id}`)
    await expect(reader.title).toHaveText('Beim Imker')

    const german_ = reader.in('de')
    await german_.goto()
    await german_.word('Honig').hover()
    await expect(german_.gloss).toHaveText('honey (from the hive)')
    await expect(german_.popup).toContainText(german_.labels.corrected)

    // In German, the dictionary's gloss is English, marked so, for people and screen readers.
    await page.mouse.move(1, 1)
    await german_.word('Imker').hover()
    await expect(german_.popup).toContainText(german_.labels.dictionary)
    await expect(german_.gloss).toHaveAttribute('lang', 'en')
    await expect(german_.gloss).toContainText('beekeeper')

    await page.mouse.move(1, 1)
    await german_.word('Honig').click()
    await german_.correctButton('der Honig').click()
    await german_.resetGloss.click()
    await expect(german_.gloss).toContainText('honey')
    await expect(german_.gloss).not.toHaveText('honey (from the hive)')
    await expect(german_.popup).toContainText(german_.labels.dictionary)
  })

  test('a word of two likely readings shows both; a word no source reads says so and takes a gloss', async ({
    page,
    importedReader,
    expectNoAxeViolations,
  }) => {
    const reader = await importedReader.stored('Die Wand ist weiß. Er bringt xyzquarkel mit.')
    await reader.word('weiß').click()
    await expect(reader.orReading).toBeVisible()
    await expect(reader.popup).toContainText('wissen')
    await expectNoAxeViolations({ include: reader.popupRegion })

    await page.keyboard.press('Escape')
    await reader.word('xyzquarkel').click()
    await expect(reader.noReading).toBeVisible()
    await expectNoAxeViolations({ include: reader.popupRegion })
    await reader.correctButton('xyzquarkel').click()
    await reader.glossField('xyzquarkel').fill('a made-up cheese')
    await page.keyboard.press('Enter')
    await expect(reader.gloss).toHaveText('a made-up cheese')
    await expect(reader.noReading).toBeHidden()

    await reader.goto()
    await reader.word('xyzquarkel').hover()
    await expect(reader.gloss).toHaveText('a made-up cheese')
    await expect(reader.popup).toContainText(reader.labels.corrected)
  })

  test('works by keyboard: one tab stop, arrows between words, Escape back to the word', async ({
    page,
    importedReader,
  }) => {
    const reader = await importedReader.stored(german, english)
    const first = reader.word('Beim')
    await expect(first).toHaveAttribute('tabindex', '0')
    await first.focus()
    await expect(reader.popup).toContainText('beim')
    await page.keyboard.press('ArrowRight')
    await expect(reader.word('Imker')).toBeFocused()
    await expect(reader.popup).toContainText('der Imker')
    await page.keyboard.press('Enter')
    await expect(reader.popup.getByRole('button').first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
    await expect(reader.word('Imker')).toBeFocused()
  })

  test('a text without translation is read alone, and says so', async ({
    page,
    importedReader,
  }) => {
    const reader = await importedReader.stored(german)
    await expect(page.getByText(reader.labels.noTranslation)).toBeVisible()
    await expect(reader.viewRadio('both')).toHaveCount(0)
    await expect(page.locator('.block.en')).toHaveCount(0)
    await reader.word('Bienen').hover()
    await expect(reader.popup).toContainText('die Biene')
  })

  test('hostile markup and invisible characters are shown as plain text', async ({
    page,
    importPage,
    importedReader,
  }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/u.test(message.text())) violations.push(message.text())
    })
    const hostile =
      'Der <img src=x onerror="window.__pwned=1"> Honig <script>window.__pwned=1</script> fließt\u202E.'
    await importPage.goto()
    await importPage.fill(hostile)
    await importPage.submit.click()
    // The page says what it removed before the reader goes on.
    await expect(importPage.status(/removed/u)).toBeVisible()
    await importPage.readNow.click()
    const reader = importedReader.shown()
    await reader.learningReady()
    await expect(reader.german(1)).toContainText('<img src=x onerror="window.__pwned=1">')
    await expect(reader.german(1)).toContainText('<script>window.__pwned=1</script>')
    await expect(reader.german(1).locator('img, script')).toHaveCount(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await reader.german(1).textContent()).not.toContain('\u202E')
    await reader.word('Honig').hover()
    await expect(reader.popup).toContainText('der Honig')
    expect(violations).toEqual([])
  })

  test('a shared text arrives with its translation and corrections in another browser', async ({
    page,
    browser,
    importPage,
    importedReader,
  }) => {
    const reader = await importedReader.stored(german, english)
    await reader.word('Honig').click()
    await reader.correctButton('der Honig').click()
    await reader.glossField('der Honig').fill('honey (ours)')
    await reader.saveGloss.click()
    await expect(reader.gloss).toHaveText('honey (ours)')
    const downloading = page.waitForEvent('download')
    await reader.shareButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('beim-imker.zweiklang.json')
    const file = await readFile((await download.path())!, 'utf8')
    expect(JSON.parse(file)).toMatchObject({
      format: 'zweiklang-text',
      title: 'Beim Imker',
      corrections: { 'Honig#ding-noun': 'honey (ours)' },
    })

    // A learner's browser: a profile of its own.
    const learner = await browser.newContext()
    const learnerPage = await learner.newPage()
    const learnerImport = importPage.on(learnerPage)
    await learnerImport.goto()
    await learnerImport.sharedFile.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    })
    await expect(learnerPage).toHaveURL(/\/en\/mine\/[0-9a-f-]{36}$/u)
    const copy = importedReader.shown(learnerPage)
    await copy.learningReady()
    await expect(copy.englishText(2)).toContainText('The beekeeper spins the honey')
    await copy.word('Honig').hover()
    await expect(copy.gloss).toHaveText('honey (ours)')
    await learner.close()
  })

  test('a text that is not on this device says so', async ({ page }) => {
    const response = await page.goto('/en/mine/0b7e1d2a-1111-4222-8333-123456789abc')
    expect(response?.status()).toBe(200)
    await expect(
      page.getByRole('heading', { name: 'This text is not on this device' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Import a text' }).last()).toBeVisible()
    expect((await page.goto('/en/mine/not-an-id'))?.status()).toBe(404)
  })

  for (const lng of ['en', 'de'] as const)
    test.describe(`in ${lng}`, () => {
      test.use({ lng })

      test(`has no axe violations with the popup and its correction form open (${lng}, dark)`, async ({
        page,
        importedReader,
        expectNoAxeViolations,
      }) => {
        await page.emulateMedia({ colorScheme: 'dark' })
        const reader = await importedReader.stored(german, english)
        await reader.word('Honig').click()
        await expectNoAxeViolations()
        await reader.correctButton('der Honig').click()
        await expect(reader.glossField('der Honig')).toBeFocused()
        // The page with the popup was checked in full just now: the form is what changed.
        await expectNoAxeViolations({ include: reader.popupRegion })
      })
    })
})

test.describe('with no offline copy of its lookups', () => {
  // The service worker would answer from its cache (see offline.spec.ts): here there is none.
  test.use({ serviceWorkers: 'block' })

  test('when the words cannot be looked up, the text stays readable and says why', async ({
    page,
    importedReader,
  }) => {
    const reader = await importedReader.stored(german, english)
    await page.route('**/api/dictionary?**', (route) => route.abort())
    await page.route('**/vocabulary.json', (route) => route.abort())
    await page.goto(`/en/mine/${reader.id}`)
    await expect(reader.german(2)).toContainText('Der Imker schleudert')
    await expect(
      page.getByRole('alert').filter({ hasText: /could not be looked up/u }),
    ).toBeVisible()
    await expect(page.locator('.w')).toHaveCount(0)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap opens the popup of an imported word', async ({ importedReader }) => {
    const reader = await importedReader.stored(german, english)
    await reader.word('Imker').tap()
    await expect(reader.popup).toContainText('der Imker')
    await reader.title.tap()
    await expect(reader.popup).toBeHidden()
  })
})
