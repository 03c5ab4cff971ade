import { expect, test } from './fixtures'
import { dueCard, savedWord, seedBeforeOpening } from './learningData'

const expectedCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]

// The lookups are answered by the server before Next (server/index.mjs): the same headers.
for (const path of [
  '/',
  '/en',
  '/de/read/alaska-gipfel',
  '/en/no-such-page',
  '/xx/read',
  '/api/dictionary?w=Haus',
]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 })
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    const directives = csp.split(';').map((directive) => directive.trim())
    for (const directive of expectedCsp) expect(directives).toContain(directive)
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/'(?:sha\d+|nonce)-/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    const permissions = headers['permissions-policy'] ?? ''
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions).toContain(`${feature}=()`)
    }
  })
}

test('using the reader reports no CSP violation', async ({ reader, page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`)
    })
  })
  const consoleViolations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleViolations.push(message.text())
  })
  await reader.goto()
  await reader.word('Waffenstillstand').hover()
  await expect(reader.popup).toBeVisible()
  await reader.german(1).locator('.w').first().focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await reader.setView('hidden')
  await reader.revealButton(3).click()
  await reader.swapButton.click()
  await reader.setTheme('dark')
  // Escape only once the dialog is open: pressed sooner it reaches no dialog, which then
  // opens and stays over the language switch.
  await page.keyboard.press('?')
  await expect(reader.shortcutsDialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(reader.shortcutsDialog).toBeHidden()
  await page.getByRole('link', { name: 'Deutsch' }).click()
  await expect(page).toHaveURL(/\/de\//)
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  )
  expect(violations).toEqual([])
  expect(consoleViolations).toEqual([])
})

test('the words and review pages report no CSP violation', async ({ page }) => {
  const consoleViolations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleViolations.push(message.text())
  })
  await seedBeforeOpening(page, { words: [savedWord()], cards: [dueCard('Gipfel', 'meaning')] })
  await page.goto('/en/words')
  await expect(page.getByText('summit').first()).toBeVisible()
  await page.goto('/en/review')
  await page.getByRole('button', { name: /Show answer/ }).click()
  await page.getByRole('button', { name: /^Good/ }).click()
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  expect(consoleViolations).toEqual([])
})
