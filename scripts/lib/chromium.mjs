// One place that says how to start Chromium, for Playwright's tests and the measuring scripts.
import { existsSync } from 'node:fs'

/** What to run when no Chromium is found: Playwright downloads its own. */
export const INSTALL_COMMAND = 'npx playwright install chromium'

// Debian's builds of Chromium: the whole browser, and its headless shell (package
// chromium-headless-shell), the same engine without the browser around it.
const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'

/**
 * Which Chromium to start: $CHROMIUM_PATH, else $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, else
 * Debian's (its headless shell first when `headlessShell` says it will do), else Playwright's
 * own download at `playwrightPath` (after `npx playwright install chromium` on a laptop).
 * Undefined when there is none. Pure: `exists` says whether a file is there.
 *
 * The end-to-end tests take the headless shell, as Playwright itself does with its own
 * download: the suite needed a third less CPU in it (329 → 222 s on two cores). The
 * measuring scripts take the whole browser, which is what readers run.
 */
export function findChromium({ env, exists, playwrightPath, headlessShell = false }) {
  const system = [
    env.CHROMIUM_PATH,
    env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    headlessShell && DEBIAN_HEADLESS_SHELL,
    DEBIAN_CHROMIUM,
  ]
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
export function chromiumLaunchOptions({ headlessShell = false } = {}) {
  const found = findChromium({ env: process.env, exists: existsSync, headlessShell })
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
