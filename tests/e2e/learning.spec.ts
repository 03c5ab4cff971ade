import { expect, test } from './fixtures'
import { readLearning, savedWord, seedBeforeOpening } from './learningData'
import { cancels, installSpeech, spoken } from './speechStub'

test.describe('saving words while reading', () => {
  test('a saved word keeps its glosses, sentence and translation, counts as due, and is marked after a reload', async ({
    page,
    reader,
    words: list,
  }) => {
    await reader.goto()
    const review = page.getByRole('link', { name: /^Review/ })
    await expect(review).toHaveText('Review')
    const gipfel = reader.word('Gipfel')
    await expect(gipfel).toHaveAttribute('data-s', 'new')
    await gipfel.hover()
    await reader.statusButton('der Gipfel', 'save').click()
    await expect(reader.statusButton('der Gipfel', 'save')).toHaveAttribute('aria-pressed', 'true')
    await expect(reader.toast).toContainText('der Gipfel: Learning')
    // The due count in the header follows saving.
    await expect(review).toHaveAccessibleName('Review (4 cards due)')
    await expect(review.getByTestId('due-count')).toHaveText('4')

    await page.reload()
    await reader.learningReady()
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    const { words, cards } = await readLearning(page)
    expect(words).toHaveLength(1)
    const word = words[0]!
    expect(word).toMatchObject({ key: 'Gipfel', status: 'learning', pos: 'noun', gender: 'm' })
    expect(word.glosses.en).toMatch(/summit/)
    expect(word.glosses.de.length).toBeGreaterThan(3)
    expect(word.glosses.de).not.toBe(word.glosses.en)
    expect(word.source?.sentence).toContain('Gipfel')
    expect(word.source?.sentence.length).toBeLessThan(400)
    expect(word.source?.translation).toMatch(/summit/i)
    expect(cards.map((card) => card.kind).sort()).toEqual(['article', 'cloze', 'german', 'meaning'])

    await list.goto()
    await expect(list.item('der Gipfel')).toContainText('summit')
    await expect(list.item('der Gipfel')).toContainText('Due now')
    await reader.goto()
    await reader.learningReady()
    // Pressing Save again takes the word back to new.
    await reader.word('Gipfel').hover()
    await reader.statusButton('der Gipfel', 'save').click()
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'new')
  })

  test('a separable verb and a phrase are each saved and marked as one unit, with all their parts', async ({
    page,
    reader,
  }) => {
    await reader.goto()
    await reader.wordInPair(9, 'stellt').hover()
    await reader.statusButton('sich herausstellen', 'save').click()
    await expect(reader.wordInPair(9, 'heraus')).toHaveAttribute('data-s', 'learning')
    await expect(reader.wordInPair(9, 'stellt')).toHaveAttribute('data-s', 'learning')
    expect((await readLearning(page)).words.map((word) => word.source?.forms)).toEqual([
      ['stellt', 'heraus'],
    ])

    await page.mouse.move(1, 1)
    await reader.wordInPair(16, 'urteilen').hover()
    await reader.statusButton('nach zu urteilen', 'save').click()
    for (const word of [reader.wordInPair(16, 'nach'), reader.wordInPair(16, 'urteilen')]) {
      await expect(word).toHaveAttribute('data-p', 'learning')
    }
    const { words } = await readLearning(page)
    expect(words.map((word) => word.source?.forms)).toContainEqual(['nach', 'zu', 'urteilen'])
    expect(words).toHaveLength(2)
  })

  test('S, K and I act on the open popup, and not when shortcuts are off', async ({
    page,
    reader,
  }) => {
    await reader.goto()
    await reader.learningReady()
    await reader.word('Gipfel').click()
    await page.keyboard.press('s')
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    await page.keyboard.press('k')
    await expect(reader.word('Gipfel')).not.toHaveAttribute('data-s')
    await expect(reader.statusButton('der Gipfel', 'known')).toHaveAttribute('aria-pressed', 'true')

    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click()
    await page.getByRole('checkbox', { name: 'Single-key shortcuts on' }).uncheck()
    await page.keyboard.press('Escape')
    await reader.word('Alaska').click()
    await expect(reader.popup).toBeVisible()
    await page.keyboard.press('i')
    await expect(reader.word('Alaska')).toHaveAttribute('data-s', 'new')
  })

  test('marks can be switched off, and are not colour alone', async ({ page, reader }) => {
    await reader.goto()
    await reader.learningReady()
    await reader.word('Gipfel').hover()
    await reader.statusButton('der Gipfel', 'save').click()
    const decoration = () =>
      reader.word('Gipfel').evaluate((node) => getComputedStyle(node).textDecorationLine)
    await expect.poll(decoration).toBe('underline')
    // Done with the popup: it may lie over the toolbar.
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
    await reader.statusMarksToggle.click()
    await expect(page.locator('html')).toHaveAttribute('data-marks', 'false')
    await expect.poll(decoration).toBe('none')
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-marks', 'false')
  })

  test('the remaining new words can be marked known at once, and that can be undone', async ({
    page,
    reader,
  }) => {
    await reader.goto()
    await reader.learningReady()
    await reader.word('Gipfel').hover()
    await reader.statusButton('der Gipfel', 'save').click()
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    await reader.markRemainingKnown.click()
    await expect(reader.toast).toContainText(/\d+ words marked as known/)
    await expect(page.locator('.w[data-s="new"]')).toHaveCount(0)
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    const marked = (await readLearning(page)).words.filter((w) => w.status === 'known').length
    expect(marked).toBeGreaterThan(300)

    await reader.toast.getByRole('button', { name: 'Undo' }).click()
    await expect(reader.toast).toContainText('Undone')
    await expect(reader.word('Alaska')).toHaveAttribute('data-s', 'new')
    expect((await readLearning(page)).words.map((w) => w.key)).toEqual(['Gipfel'])
  })

  test('two open tabs see each other’s changes', async ({ context, reader }) => {
    await reader.goto()
    await reader.learningReady()
    const other = reader.on(await context.newPage())
    await other.goto()
    await other.learningReady()
    // Each acted on in front, as a reader switches tabs: a tab behind draws no frames, and
    // Playwright waits for frames before it clicks.
    await reader.page.bringToFront()
    await reader.word('Gipfel').hover()
    await reader.statusButton('der Gipfel', 'save').click()
    await expect(other.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    await other.page.bringToFront()
    await other.word('Alaska').hover()
    await other.statusButton('Alaska', 'ignore').click()
    await expect(reader.word('Alaska')).not.toHaveAttribute('data-s')
    const { words } = await readLearning(reader.page)
    expect(words.map((w) => `${w.key}:${w.status}`).sort()).toEqual([
      'Alaska:ignored',
      'Gipfel:learning',
    ])
  })

  test('the library shows progress once words have a status', async ({ page, reader }) => {
    await reader.goto()
    await reader.learningReady()
    await reader.markRemainingKnown.click()
    await expect(page.locator('.w[data-s="new"]')).toHaveCount(0)
    await page.goto('/en')
    await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible()
    const card = page.getByRole('article').filter({ hasText: 'Gipfel in Alaska' })
    await expect(card.locator('.text-progress')).toHaveText('100% of its words known')
    await expect(card.getByRole('meter', { name: 'Words of this text known' })).toHaveJSProperty(
      'value',
      1,
    )
  })

  test('stored records that cannot be read do not stop the reader', async ({ page, reader }) => {
    await seedBeforeOpening(page, {
      words: [savedWord(), { key: 'kaputt', status: 'banana' } as never],
    })
    await reader.goto()
    await reader.learningReady()
    await expect(reader.word('Gipfel')).toHaveAttribute('data-s', 'learning')
    await reader.word('Alaska').hover()
    await reader.statusButton('Alaska', 'known').click()
    await expect(reader.word('Alaska')).not.toHaveAttribute('data-s')
    expect((await readLearning(page)).words).toHaveLength(3)
  })
})

test.describe('pronunciation', () => {
  test('with a German voice: a speaker per block and in the popup, speaking de-DE', async ({
    page,
    reader,
  }) => {
    await installSpeech(page, [
      { lang: 'en-US', name: 'English' },
      { lang: 'de-DE', name: 'Anna' },
    ])
    await reader.goto()
    await reader.learningReady()
    const speaker = reader.german(9).getByRole('button', { name: 'Listen to this paragraph' })
    await expect(speaker).toBeVisible()
    await speaker.click()
    // The block is read along, one utterance per sentence.
    await expect.poll(async () => (await spoken(page)).length).toBe(1)
    const block = (await reader.german(9).locator('.block-text').textContent()) ?? ''
    const [first] = await spoken(page)
    expect(first).toEqual(expect.objectContaining({ lang: 'de-DE', voice: 'Anna', rate: 1 }))
    expect(block.startsWith(first!.text) && first!.text.length < block.length).toBe(true)
    // The word's Listen cuts in.
    await reader.word('Gipfel').hover()
    await reader.popup.getByRole('button', { name: 'Listen to der Gipfel' }).click()
    expect((await spoken(page))[1]).toEqual({
      text: 'der Gipfel',
      lang: 'de-DE',
      voice: 'Anna',
      rate: 1,
    })

    // A reader who switches tabs expects the voice to stop.
    const cancelsBefore = await cancels(page)
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    const cancelsAfter = await cancels(page)
    expect(cancelsAfter).toBe(cancelsBefore + 1)
  })

  test('without a German voice there is no speaker button', async ({ page, reader }) => {
    await installSpeech(page, [{ lang: 'en-US', name: 'English' }])
    await reader.goto()
    await reader.learningReady()
    await expect(page.getByRole('button', { name: 'Listen to this paragraph' })).toHaveCount(0)
    await reader.word('Gipfel').hover()
    await expect(reader.popup.getByRole('button', { name: /^Listen/ })).toHaveCount(0)
  })
})

test('the popup with its status buttons has no axe violations', async ({
  reader,
  expectNoAxeViolations,
}) => {
  await reader.goto()
  await reader.word('Gipfel').hover()
  await reader.statusButton('der Gipfel', 'save').click()
  await expect(reader.toast).toContainText('Learning')
  // The page had its full pass in a11y.spec.ts: what saving changed is the popup, the
  // notice and the marks on the saved word.
  await expectNoAxeViolations({
    include: [...reader.popupRegion, '.reader-toast', '.w[data-s="learning"]'],
  })
})
