import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs'
import { WARM_UP } from './tests/e2e/offlineServer'

const port = Number(process.env.E2E_PORT ?? 3210)
const baseURL = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // How long an assertion waits for what the reader would see. Double Playwright's default:
  // on two cores shared with a build, a 1,000-word page can take more than 5 s to hydrate.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  // One project. The update test (update.spec.ts) once built the app a second time and ran
  // in a project of its own after all the others, depending on them: one failure anywhere
  // skipped it. It now makes its new deployment by copying this build under a new id
  // (tests/e2e/redeploy.ts, a second or two instead of a build taking both cores for over a
  // minute), on a server of its own, so it slows no other test and runs among them.
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx next start --hostname 127.0.0.1 --port ${port}`,
    // Ready once it can look words up: its first lookup loads the dictionary, which took
    // seconds on a busy machine, in whichever test came first.
    url: `${baseURL}${WARM_UP}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
