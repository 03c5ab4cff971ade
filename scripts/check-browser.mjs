// The first step of `npm test`: is there a Chromium for the end-to-end tests? Without one,
// say so now, with the one command that fixes it, not after lint, types and a build.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { findChromium, INSTALL_COMMAND } from './lib/chromium.mjs'

const found = findChromium({
  env: process.env,
  exists: existsSync,
  playwrightPath: chromium.executablePath(),
  headlessShell: true,
})
if (!found) {
  console.error(
    [
      'No Chromium for the end-to-end tests: not at $CHROMIUM_PATH, not at',
      '/usr/bin/chromium-headless-shell or /usr/bin/chromium,',
      "and Playwright's own is not installed. Install it once with:",
      '',
      `  ${INSTALL_COMMAND}`,
      '',
    ].join('\n'),
  )
  process.exit(1)
}
if (process.env.CHROMIUM_PATH && found.path !== process.env.CHROMIUM_PATH) {
  console.warn(`$CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not there; using another.`)
}
console.log(`Chromium: ${found.path}`)
