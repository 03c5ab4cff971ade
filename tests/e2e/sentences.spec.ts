import { expect, test, type Page } from './fixtures'
import type { ReaderPage } from './pages/ReaderPage'
import { finishUtterance, installSpeech, spoken } from './speechStub'

/** The text under each of the reader's sentence highlights, as the page paints it. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const text = (name: string) =>
      Array.from(CSS.highlights.get(name)?.values() ?? [], (range) => String(range)).join(' ')
    return {
      de: text('sentence-de'),
      en: text('sentence-en'),
      readingDe: text('reading-de'),
      readingEn: text('reading-en'),
    }
  })
}

const GERMAN = [
  'Am Montag regnete es in Berlin. Der Zug kam drei Stunden zu spät, und niemand wusste warum.',
  'Im Mai blühen die Bäume.',
].join('\n\n')
const ENGLISH = [
  'On Monday it rained in Berlin. The train was three hours late. Nobody knew why.',
  'In May the trees blossom.',
].join('\n\n')

test('hovering or focusing a word highlights its sentence and the English counterpart', async ({
  page,
  reader,
}) => {
  await reader.goto()
  await reader.pointAt(reader.wordInPair(1, 'Händchen'))
  await expect
    .poll(() => highlighted(page))
    .toMatchObject({
      de: 'Wladimir Putin und Donald Trump halten Händchen, reden fast drei Stunden lang und verkünden: Es gibt keinen Deal.',
      en: expect.stringMatching(/^Vladimir Putin and Donald Trump hold hands/u),
    })
  // The paragraph highlight stays under the sentence's.
  await expect(reader.english(1)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')

  // The keyboard: the text's tab stop, then the paragraph's last word.
  await reader.wordInPair(1, 'Der').focus()
  await page.keyboard.press('End')
  await expect(reader.wordInPair(1, 'Position')).toBeFocused()
  await expect
    .poll(() => highlighted(page))
    .toMatchObject({ de: 'Der Kremlchef pocht auf seine Position.', en: /^The Kremlin/u })
})

test('an imported text pairs its sentences one to two', async ({ page, importedReader }) => {
  const reader = await importedReader.stored(GERMAN, ENGLISH)
  await reader.pointAt(reader.wordInPair(1, 'niemand'))
  await expect
    .poll(() => highlighted(page))
    .toMatchObject({
      de: 'Der Zug kam drei Stunden zu spät, und niemand wusste warum.',
      en: 'The train was three hours late. Nobody knew why.',
    })
})

/** The read-along controls, by what they say. */
function controls(reader: ReaderPage) {
  const button = (name: string) => reader.page.getByRole('button', { name, exact: true })
  return {
    play: button('Read aloud'),
    pause: button('Pause'),
    resume: button('Resume'),
    next: button('Next sentence'),
    speed: reader.page.getByRole('combobox', { name: 'Speed' }),
    problem: reader.page.getByRole('group', { name: 'Read-along' }).getByRole('status'),
  }
}

test('read-along says each sentence, highlights it on both sides, and is steered', async ({
  page,
  reader,
}) => {
  await installSpeech(page, [{ lang: 'de-DE', name: 'Anna' }])
  await reader.goto()
  const readAlong = controls(reader)
  const first =
    'Der russisch-amerikanische Gipfel in Alaska ist historisch, aber nur wegen der Umstände - nicht des Inhalts.'
  const second =
    'Wladimir Putin und Donald Trump halten Händchen, reden fast drei Stunden lang und verkünden: Es gibt keinen Deal.'
  const said = async () => (await spoken(page)).map((utterance) => utterance.text)

  await readAlong.play.click()
  await expect.poll(said).toEqual([first])
  await expect
    .poll(() => highlighted(page))
    .toMatchObject({
      readingDe: first,
      readingEn: expect.stringMatching(/^The Russian-American summit in Alaska/u),
    })

  // The voice reaches the end of the sentence: the next one follows, highlighted.
  await finishUtterance(page)
  await expect.poll(said).toEqual([first, second])
  await expect.poll(() => highlighted(page)).toMatchObject({ readingDe: second })

  // Next and previous, by button and by key.
  await readAlong.next.click()
  await expect.poll(() => highlighted(page)).toMatchObject({ readingDe: /^Der Kremlchef/u })
  await page.keyboard.press(',')
  await expect.poll(() => highlighted(page)).toMatchObject({ readingDe: second })
  expect((await said()).slice(2)).toEqual(['Der Kremlchef pocht auf seine Position.', second])

  // Pause falls silent; resume says the sentence again from its start.
  await readAlong.pause.click()
  await expect(page.getByText('Paused at sentence 2 of', { exact: false })).toBeVisible()
  await readAlong.resume.click()
  await expect.poll(said).toHaveLength(5)

  // Faster: the sentence again at the new speed, kept for what follows.
  await page.keyboard.press('>')
  await expect(readAlong.speed).toHaveValue('1.25')
  await expect
    .poll(async () => (await spoken(page)).at(-1))
    .toEqual(expect.objectContaining({ text: second, rate: 1.25 }))

  // Hiding the page stops it, and the controls say why.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect(readAlong.problem).toHaveText('Read-along stopped because the page was hidden.')
  await expect(readAlong.play).toBeVisible()
  expect(await highlighted(page)).toMatchObject({ readingDe: '', readingEn: '' })
})

test('without a German voice the read-along controls say why', async ({ page, reader }) => {
  await installSpeech(page, [{ lang: 'en-US', name: 'English' }])
  await reader.goto()
  await controls(reader).play.click()
  await expect(controls(reader).problem).toHaveText(/needs a German voice/u)
  expect(await spoken(page)).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the sentence view puts each English sentence under its German one', async ({
    page,
    reader,
    expectNoAxeViolations,
  }) => {
    await reader.goto()
    await reader.settingsToggle.tap()
    await reader.viewRadio('sentences').tap()
    const rows = page.locator('.sentence-view .sv-link')
    await expect(rows.first()).toBeVisible()
    await expect(reader.german(1).first()).toBeHidden()
    for (const at of [0, 1, 5]) {
      const row = rows.nth(at)
      const de = (await row.locator('.block.de').boundingBox())!
      const en = (await row.locator('.block.en').boundingBox())!
      expect(en.y, `row ${at}`).toBeGreaterThanOrEqual(de.y + de.height - 1)
      expect(await row.locator('.block.de').textContent()).toMatch(/[.!?"“]$/u)
    }
    // Its words are the text's: marked by status, with their popups.
    await expect(page.locator('.sentence-view .w[data-s="new"]').first()).toBeVisible()
    await rows
      .nth(1)
      .locator('.w', { hasText: /^Händchen$/u })
      .tap()
    await expect(reader.popup).toContainText('Händchen halten')
    await expectNoAxeViolations()
  })
})

test('the sentence view works with the keyboard', async ({ page, reader }) => {
  await reader.goto()
  await page.keyboard.press('a')
  await expect(page.locator('html')).toHaveAttribute('data-view', 'sentences')
  const words = page.locator('.sentence-view .w')
  await expect(words.first()).toBeVisible()
  await words.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(words.nth(1)).toBeFocused()
  await expect(reader.popup).toBeVisible()
})
