// Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and 4× CPU
// slowdown) on the Chromium the tests use, reduced to the figures the bench compares.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumLaunchOptions, findChromium, INSTALL_COMMAND } from './chromium.mjs'

const KB = 1024
/** A folder to keep each run's report and trace in, to see which tasks block and what paints. */
const KEEP_DIR = process.env.BENCH_LIGHTHOUSE_DIR

/**
 * One mobile Lighthouse run on `url` in a fresh Chromium (a fresh profile: no service worker,
 * no cache). Sizes are transfer sizes (the server gzips), in KB; times in ms. With
 * BENCH_LIGHTHOUSE_DIR set, the run's report and its trace (for Chrome's performance panel) are
 * written there as `{name}.report.json` and `{name}.trace.json`.
 */
export async function lighthouseRun(url, name = 'run') {
  const found = findChromium({ env: process.env, exists: existsSync })
  if (!found) throw new Error(`no Chromium found: run ${INSTALL_COMMAND}`)
  const chrome = await launch({
    chromePath: found.path,
    // As Playwright does for the tests: Chromium's sandbox does not start as root (CI here).
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumLaunchOptions().args],
  })
  try {
    const { lhr, artifacts } = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    })
    if (KEEP_DIR) {
      mkdirSync(KEEP_DIR, { recursive: true })
      writeFileSync(join(KEEP_DIR, `${name}.report.json`), JSON.stringify(lhr))
      writeFileSync(join(KEEP_DIR, `${name}.trace.json`), JSON.stringify(artifacts.Trace))
    }
    return figuresOf(lhr)
  } finally {
    chrome.kill()
  }
}

/** The bench's figures from a Lighthouse result. */
function figuresOf(lhr) {
  const audit = (id) => lhr.audits[id]
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  const requests = audit('network-requests').details.items
  const observedLcp = audit('metrics').details.items[0].observedLargestContentfulPaint
  const document = requests.find((request) => request.resourceType === 'Document')
  const scripts = requests.filter((request) => request.resourceType === 'Script')
  const kb = (list) => list.reduce((sum, request) => sum + request.transferSize, 0) / KB
  return {
    htmlKb: document.transferSize / KB,
    fcpMs: audit('first-contentful-paint').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    score: lhr.categories.performance.score * 100,
    // Request times count from the page's own request, as the observed LCP does.
    jsBeforeLcpKb: kb(scripts.filter((request) => request.rendererStartTime <= observedLcp)),
    jsByIdleKb: kb(scripts),
  }
}
