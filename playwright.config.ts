import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs'
import { WARM_UP } from './tests/e2e/offlineServer'

const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://127.0.0.1:${port}`
// Chromium's headless shell runs the suite on a third less CPU than the whole browser, but
// it shows no window: a run with one (--headed, --ui, --debug) starts the whole browser.
// The workers that launch it do not see the command line; they inherit this variable.
process.env.E2E_WINDOW ??=
  ['--headed', '--ui', '--debug'].some((flag) => process.argv.includes(flag)) || process.env.PWDEBUG
    ? 'shown'
    : 'none'

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // None, here or in CI: a test that passes only the second time is a test to fix.
  retries: 0,
  // One per core. Three on two cores finished sooner while the machine was quiet, but each
  // test then got less of it, and under other checkouts' builds the axe matrix and the
  // update test ran out of time.
  workers: 2,
  // A test's budget: twice Playwright's default, for the same reason as below. A test that
  // passes takes no longer for it; 16 axe passes in the matrix took up to 30 s at a load
  // of 26 on two cores (other checkouts' builds and tests).
  timeout: 60_000,
  // How long an assertion waits for what the reader would see. Double Playwright's default:
  // on two cores shared with a build, a 1,000-word page can take more than 5 s to hydrate.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    // A full trace (a screencast, and the DOM at every action) cost a quarter of the run's
    // CPU. A failed test keeps its actions, console and network, its page as a screenshot
    // and as an accessibility tree (error-context.md); E2E_TRACE=1 records everything.
    trace: process.env.E2E_TRACE
      ? 'retain-on-failure'
      : { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    screenshot: 'only-on-failure',
    // A new profile's service worker downloads every file of the build when it installs: a
    // fifth of the CPU of tests that never look at it. The tests of the worker itself
    // (offline.spec.ts, update.spec.ts) allow it; see testOnOwnServer in fixtures.ts.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions({ headlessShell: process.env.E2E_WINDOW === 'none' }),
  },
  // One project. The update test (update.spec.ts) once built the app a second time and ran
  // in a project of its own after all the others, depending on them: one failure anywhere
  // skipped it. It now makes its new deployment by copying this build under a new id
  // (tests/e2e/redeploy.ts, a second or two instead of a build taking both cores for over a
  // minute), on a server of its own, so it slows no other test and runs among them.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node server/index.mjs --port ${port}`,
    // Ready once it can look words up: its first lookup loads the dictionary, which took
    // seconds on a busy machine, in whichever test came first.
    url: `${baseURL}${WARM_UP}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
