// One place that says how to start Chromium, for Playwright's tests and the measuring scripts.
import { existsSync } from 'node:fs'

/**
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download
 * (`npx playwright install chromium` on a laptop). The flags keep Chromium from calling home
 * on machines whose network is closed.
 */
export function chromiumLaunchOptions() {
  const executablePath = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
  ].find((candidate) => candidate && existsSync(candidate))
  return {
    executablePath,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  }
}
