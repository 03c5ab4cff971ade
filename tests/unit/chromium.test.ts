import { describe, expect, it } from 'vitest'
import { findChromium } from '../../scripts/lib/chromium.mjs'

const PLAYWRIGHTS = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

/** Which files are there. */
const on =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path)

describe('findChromium', () => {
  it('takes $CHROMIUM_PATH first', () => {
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
        exists: on('/opt/chromium/chrome', '/usr/bin/chromium', PLAYWRIGHTS),
        playwrightPath: PLAYWRIGHTS,
      }),
    ).toEqual({ path: '/opt/chromium/chrome', playwrights: false })
  })

  it("takes Debian's Chromium when $CHROMIUM_PATH is unset or not there", () => {
    for (const env of [{}, { CHROMIUM_PATH: '/nowhere/chrome' }]) {
      expect(
        findChromium({
          env,
          exists: on('/usr/bin/chromium', PLAYWRIGHTS),
          playwrightPath: PLAYWRIGHTS,
        }),
      ).toEqual({ path: '/usr/bin/chromium', playwrights: false })
    }
  })

  it("takes Debian's headless shell for headless tests, when it is there", () => {
    const both = on('/usr/bin/chromium', '/usr/bin/chromium-headless-shell', PLAYWRIGHTS)
    expect(findChromium({ env: {}, exists: both, headlessShell: true })).toEqual({
      path: '/usr/bin/chromium-headless-shell',
      playwrights: false,
    })
    // The measuring scripts want the whole browser; a test without the shell takes it too.
    expect(findChromium({ env: {}, exists: both })).toEqual({
      path: '/usr/bin/chromium',
      playwrights: false,
    })
    expect(findChromium({ env: {}, exists: on('/usr/bin/chromium'), headlessShell: true })).toEqual(
      { path: '/usr/bin/chromium', playwrights: false },
    )
    // A Chromium named in the environment comes first.
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
        exists: on('/opt/chromium/chrome', '/usr/bin/chromium-headless-shell'),
        headlessShell: true,
      }),
    ).toEqual({ path: '/opt/chromium/chrome', playwrights: false })
  })

  it("takes Playwright's own download on a laptop without a system Chromium", () => {
    expect(findChromium({ env: {}, exists: on(PLAYWRIGHTS), playwrightPath: PLAYWRIGHTS })).toEqual(
      { path: PLAYWRIGHTS, playwrights: true },
    )
  })

  it('finds none when nothing is installed', () => {
    expect(findChromium({ env: {}, exists: on(), playwrightPath: PLAYWRIGHTS })).toBeUndefined()
    expect(findChromium({ env: { CHROMIUM_PATH: '' }, exists: on() })).toBeUndefined()
  })
})
