// One place that says how to start Chromium, for Playwright's tests and the measuring scripts.
import { existsSync } from 'node:fs'

/** What to run when no Chromium is found: Playwright downloads its own. */
export const INSTALL_COMMAND = 'npx playwright install chromium'

/**
 * Which Chromium runs the tests: $CHROMIUM_PATH, else $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
 * else Debian's /usr/bin/chromium, else Playwright's own download at `playwrightPath` (after
 * `npx playwright install chromium` on a laptop). Undefined when there is none. Pure: `exists`
 * says whether a file is there.
 */
export function findChromium({ env, exists, playwrightPath }) {
  const system = [env.CHROMIUM_PATH, env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, '/usr/bin/chromium']
    .filter(Boolean)
    .find((candidate) => exists(candidate))
  if (system) return { path: system, playwrights: false }
  if (playwrightPath && exists(playwrightPath)) return { path: playwrightPath, playwrights: true }
  return undefined
}

/**
 * The launch options for that Chromium: its path unless it is Playwright's own (Playwright
 * finds that itself, and picks its headless build). The flags keep Chromium from calling
 * home on machines whose network is closed.
 */
export function chromiumLaunchOptions() {
  const found = findChromium({ env: process.env, exists: existsSync })
  return {
    executablePath: found?.playwrights === false ? found.path : undefined,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  }
}
