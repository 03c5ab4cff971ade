import { expect, test } from './fixtures'

test.describe('word popup with a mouse', () => {
  test('hovering a word shows its lemma, grammar and gloss at once; names and numbers too', async ({
    reader,
  }) => {
    await reader.goto()
    await reader.word('hätten').hover()
    await expect(reader.popup).toBeVisible()
    await expect(reader.popup).toContainText('haben')
    await expect(reader.popup).toContainText('hätten: 3rd person plural, subjunctive II')
    await expect(reader.popup).toContainText('haben – hat – hatte – hat gehabt')

    await reader.word('Waffenstillstand').hover()
    await expect(reader.popup).toHaveAccessibleName('Vocabulary: Waffenstillstand')
    await expect(reader.popup).toContainText('der Waffenstillstand')
    await expect(reader.popup).toContainText('ceasefire')
    await expect(reader.popup).toContainText('plural: die Waffenstillstände')
    await expect(reader.popup).toContainText('Parts: Waffen (weapons) + stillstand (standstill)')

    // A proper noun is identified and a number is read out.
    await reader.word('Lawrow').hover()
    await expect(reader.popup).toContainText(/foreign minister/i)
    await reader.word('2019').hover()
    await expect(reader.popup).toContainText('zweitausendneunzehn')
  })

  test('a note for this text only is its own line, and stays in its text', async ({ reader }) => {
    await reader.goto()
    await reader.wordInPair(1, 'Wladimir').hover()
    const word = reader.popup.locator('section').last()
    await expect(word).toContainText('Russian male first name')
    await expect(word.locator('.wp-text-note')).toHaveText(
      'In this text: Vladimir Putin’s first name.',
    )

    const market = reader.of('samstag-markt')
    await market.goto()
    await market.word('Paul').hover()
    await expect(market.popup).toContainText('male first name')
    await expect(market.popup.locator('.wp-text-note')).toHaveText(
      'In this text: The six-year-old son.',
    )
    await market.word('Jonas').hover()
    await expect(market.popup.locator('.wp-text-note')).toHaveText('In this text: The father.')
    await market.word('Markt').hover()
    await expect(market.popup).toContainText('market')
    await expect(market.popup.locator('.wp-text-note')).toHaveCount(0)
  })

  test('a separable verb is one unit: either part highlights the other; a phrase is one entry', async ({
    reader,
  }) => {
    await reader.goto()
    const stellt = reader.wordInPair(9, 'stellt')
    const heraus = reader.wordInPair(9, 'heraus')
    const plainBackground = await heraus.evaluate((node) => getComputedStyle(node).backgroundColor)

    await stellt.hover()
    await expect(reader.popup).toContainText('sich herausstellen')
    await expect(reader.popup).toContainText('stellt … heraus: 3rd person singular, present')
    await expect(reader.popup).toContainText('to turn out')
    await expect(heraus).toHaveClass(/w-partner/)
    const highlighted = await heraus.evaluate((node) => {
      const style = getComputedStyle(node)
      return { background: style.backgroundColor, line: style.textDecorationLine }
    })
    expect(highlighted.background).not.toBe(plainBackground)
    expect(highlighted.line).toContain('underline')

    await heraus.hover()
    await expect(reader.popup).toContainText('sich herausstellen')
    await expect(stellt).toHaveClass(/w-partner/)
    await expect(heraus).not.toHaveClass(/w-partner/)

    // A phrase gets one entry, with the single word still below it.
    await reader.wordInPair(16, 'urteilen').hover()
    const sections = reader.popup.locator('section')
    await expect(sections).toHaveCount(2)
    await expect(sections.first()).toContainText('nach zu urteilen')
    await expect(sections.first()).toContainText('judging by')
    await expect(sections.nth(1)).toContainText('to judge')
    await expect(reader.wordInPair(16, 'nach')).toHaveClass(/w-partner/)
    // The third zu of the block: um … zu verhindern, stimmte … zu, nach zu urteilen.
    await expect(reader.wordInPair(16, 'zu', 2)).toHaveClass(/w-partner/)
  })

  test('the pointer can move into the popup; leaving closes it', async ({ reader, page }) => {
    // The page's timers run on a clock the test can move: the popup's grace period for the
    // pointer to reach it (250 ms) passes at once, and not a moment is waited.
    await page.clock.install()
    await reader.goto()
    await reader.word('Gipfel').hover()
    await expect(reader.popup).toBeVisible()
    await reader.pointAt(reader.popup)
    await page.clock.runFor(1000)
    await expect(reader.popup).toBeVisible()
    await page.mouse.move(5, 5)
    await expect(reader.popup).toBeHidden()
  })

  test('with hover-opening off, only a click opens the popup', async ({ reader, page }) => {
    await reader.goto()
    await reader.hoverPopupToggle.click()
    await expect(reader.hoverPopupToggle).toHaveAttribute('aria-pressed', 'false')
    // Hovering would open the popup in the handler of the pointer's arrival.
    await reader.pointAt(reader.word('Gipfel'))
    await expect(reader.popup).toBeHidden()
    await reader.word('Gipfel').click()
    await expect(reader.popup).toContainText('summit')

    await page.reload()
    await expect(reader.hoverPopupToggle).toHaveAttribute('aria-pressed', 'false')
    await reader.pointAt(reader.word('Brimborium'))
    await expect(reader.popup).toBeHidden()
  })

  test('the popup stays in the viewport and never covers its word', async ({ reader, page }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    await reader.goto()
    const word = reader.wordInPair(3, 'Waffenstillstand')
    for (const edge of ['bottom', 'top'] as const) {
      // Scroll so that the word sits a few pixels from the bottom (or top) edge.
      await word.evaluate((node, at) => {
        const rect = node.getBoundingClientRect()
        const target = at === 'bottom' ? innerHeight - rect.height - 4 : 4
        scrollBy(0, rect.top - target)
      }, edge)
      await word.hover()
      await expect(reader.popup).toBeVisible()
      await expect(reader.popup).toContainText('ceasefire')
      const w = (await word.boundingBox())!
      const p = (await reader.popup.boundingBox())!
      expect(p.y, `${edge}: inside the viewport`).toBeGreaterThanOrEqual(0)
      expect(p.y + p.height, `${edge}: inside the viewport`).toBeLessThanOrEqual(600)
      const overlaps =
        p.y < w.y + w.height && w.y < p.y + p.height && p.x < w.x + w.width && w.x < p.x + p.width
      expect(overlaps, `${edge}: covers the word`).toBe(false)
      if (edge === 'bottom') expect(p.y + p.height).toBeLessThanOrEqual(w.y)
      else expect(p.y).toBeGreaterThanOrEqual(w.y + w.height)
      await page.mouse.move(1, 300)
      await expect(reader.popup).toBeHidden()
    }
  })
})

test.describe('word popup with a keyboard', () => {
  test('the German text is one tab stop; arrows move word by word', async ({ reader, page }) => {
    await reader.goto()
    const first = reader.german(1).locator('.w').first()
    await expect(reader.page.locator('.w[tabindex="0"]')).toHaveCount(1)
    await first.focus()
    await expect(reader.popup).toContainText('the (definite article)')

    await page.keyboard.press('ArrowRight')
    const second = reader.german(1).locator('.w').nth(1)
    await expect(second).toBeFocused()
    await expect(second).toHaveAttribute('tabindex', '0')
    await expect(first).not.toHaveAttribute('tabindex')
    await expect(reader.popup).toContainText('russisch-amerikanisch')
    await expect(reader.popup).toContainText('Russian-American')

    await page.keyboard.press('End')
    await expect(reader.german(1).locator('.w').last()).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(reader.german(2).locator('.w').first()).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(reader.german(1).locator('.w').last()).toBeFocused()

    // Down goes to the nearest word on the next line of the same paragraph.
    const start = reader.german(2).locator('.w').nth(3)
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
    await start.click()
    await expect(start).toBeFocused()
    const from = (await start.boundingBox())!
    await page.keyboard.press('ArrowDown')
    const below = page.locator('.w:focus')
    await expect(below).toHaveCount(1)
    const to = (await below.boundingBox())!
    expect(to.y).toBeGreaterThan(from.y + from.height / 2)
    expect(Math.abs(to.x + to.width / 2 - (from.x + from.width / 2))).toBeLessThan(80)
    await page.keyboard.press('ArrowUp')
    await expect(start).toBeFocused()

    // Tab leaves the text: no other word is a tab stop.
    await page.keyboard.press('Tab')
    await expect(page.locator('.w:focus')).toHaveCount(0)
  })

  test('Enter moves into the popup, Escape closes it and returns focus', async ({
    reader,
    page,
  }) => {
    await reader.goto()
    await reader.learningReady()
    const first = reader.german(1).locator('.w').first()
    await first.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const gipfel = reader.german(1).locator('.w').nth(2)
    await expect(gipfel).toHaveText('Gipfel')
    await page.keyboard.press('Enter')
    // Focus lands on the popup's first action: saving the word.
    await expect(reader.statusButton('der Gipfel', 'save')).toBeFocused()
    await expect(gipfel).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
    await expect(gipfel).toBeFocused()
    await expect(gipfel).not.toHaveAttribute('aria-expanded')

    await page.keyboard.press(' ')
    await expect(reader.popup).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(gipfel).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(reader.popup).toBeHidden()
  })
})

test.describe('word popup on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap opens the popup, a tap elsewhere closes it', async ({ reader }) => {
    await reader.goto()
    await reader.word('Kremlchef').tap()
    await expect(reader.popup).toContainText('der Kremlchef')
    await expect(reader.popup).toContainText('Kremlin')
    const p = (await reader.popup.boundingBox())!
    expect(p.x).toBeGreaterThanOrEqual(0)
    expect(p.x + p.width).toBeLessThanOrEqual(390)

    await reader.title.tap()
    await expect(reader.popup).toBeHidden()
    await reader.wordInPair(15, 'wirft').tap()
    await expect(reader.popup).toContainText('einwerfen')
    await expect(reader.popup).toContainText('to interject')
    await expect(reader.wordInPair(15, 'ein')).toHaveClass(/w-partner/)
  })
})

test.describe('word popup in the German interface', () => {
  test.use({ lng: 'de' })

  test('explains in German, with the English gloss one action away', async ({ reader }) => {
    await reader.goto()
    await reader.word('Waffenstillstand').hover()
    await expect(reader.popup).toHaveAccessibleName('Wortschatz: Waffenstillstand')
    await expect(reader.popup).toContainText('Pause in einem Krieg')
    await expect(reader.popup).toContainText('Plural: die Waffenstillstände')
    const english = reader.popup.getByText('ceasefire', { exact: true })
    await expect(english).toBeHidden()
    const toggle = reader.popup.getByRole('button', { name: 'Englisch' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(english).toBeVisible()

    await reader.wordInPair(1, 'Wladimir').hover()
    await expect(reader.popup.locator('.wp-text-note')).toHaveText(
      'In diesem Text: Der Vorname von Wladimir Putin.',
    )
  })
})

test.describe('word popup across interface languages', () => {
  test('switching the interface language switches the popup language', async ({ reader, page }) => {
    await reader.goto()
    await reader.word('Gipfel').hover()
    await expect(reader.popup).toContainText('summit')
    await page.getByRole('link', { name: 'Deutsch' }).click()
    await expect(page).toHaveURL(/\/de\/read\/alaska-gipfel$/)
    const german = reader.in('de')
    // The page came by client navigation: its popup data arrives after it shows.
    await german.learningReady()
    await german.word('Gipfel').hover()
    await expect(german.popup).toContainText('Treffen der Chefs von Staaten oder Regierungen')
    await expect(german.popup).toContainText('Nomen')
  })
})
