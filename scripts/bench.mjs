// Reader speed against its budgets (bench.budgets.json), next to plain HTML and to a minimal
// page of the same stack (bench/reference-next, built here): Lighthouse's mobile figures
// side by side with that reference page, first-load JS as Chromium loads it (gzip), LCP,
// total blocking time, and the time from the triggering event (pointerover, tap, key press)
// to the frame that shows the popup.
// Usage: npm run build && npm run bench    (exits 1 when a budget is broken)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { devices } from '@playwright/test'
import { launchChromium, meterScripts, startServer } from './lib/browser.mjs'
import { measureBook } from './lib/bookBench.mjs'
import { lighthouseRun } from './lib/lighthouse.mjs'

const PATH = '/en/read/alaska-gipfel'
const HOVER_SAMPLES = Number(process.env.BENCH_HOVERS ?? 200)
const KEY_SAMPLES = 100
const TAP_SAMPLES = 60
const LOADS = 5
const LIGHTHOUSE_RUNS = 5
/** The slowdown of a mid-range phone's CPU against this machine's, as Lighthouse assumes. */
const PHONE_CPU_SLOWDOWN = 4
const REFERENCE_APP = fileURLToPath(new URL('../bench/reference-next/', import.meta.url))
const budgets = JSON.parse(readFileSync(new URL('../bench.budgets.json', import.meta.url), 'utf8'))
/**
 * `BENCH_ONLY=book npm run bench` measures the book alone (a minute, not a quarter of an hour);
 * `BENCH_ONLY=reference` only the Lighthouse comparison with the reference page (a few minutes);
 * `BENCH_ONLY=popup` only the curated reader's load, hover, key and tap figures beside plain HTML.
 */
const ONLY_BOOK = process.env.BENCH_ONLY === 'book'
const ONLY_REFERENCE = process.env.BENCH_ONLY === 'reference'
const ONLY_POPUP = process.env.BENCH_ONLY === 'popup'

// Runs in the page before its own scripts: records paint timing, long tasks, and for an
// armed trigger the time from the event to the first frame that shows the popup.
const instrument = () => {
  const zk = (window.__zk = { lcp: 0, longTasks: [] })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      zk.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    zk.lcp = entries[entries.length - 1].startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  // Listens for the next `type` event; `zk.pending` then resolves with the latency once the
  // popup shows word number `index`, or NaN. Armed before the input is sent, awaited after.
  zk.arm = (type, index) => {
    zk.pending = new Promise((resolve) => {
      const missed = setTimeout(() => resolve(Number.NaN), 2000)
      const onEvent = (event) => {
        clearTimeout(missed)
        document.removeEventListener(type, onEvent, true)
        const start = event.timeStamp
        const word = document.querySelectorAll('.w')[index]
        const frame = () => {
          const popup = document.getElementById('word-popup')
          const shown = popup && !popup.hidden && word.classList.contains('w-active')
          if (performance.now() - start > 1000) return resolve(Number.NaN)
          if (!shown) return requestAnimationFrame(frame)
          // After this frame's rendering: a task queued from rAF runs once the frame is out.
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now() - start)
          channel.port2.postMessage(0)
        }
        requestAnimationFrame(frame)
      }
      document.addEventListener(type, onEvent, true)
    })
  }
}

// The floor: the same server-rendered text with its scripts removed and a 20-line vanilla popup.
const plainPopup = `<div id="word-popup" hidden style="position:absolute;background:#fff;border:1px solid #999;padding:6px"></div>
<script>
const popup = document.getElementById('word-popup')
document.addEventListener('pointerover', (event) => {
  const word = event.target.closest && event.target.closest('.w')
  if (!word) return
  popup.textContent = word.textContent + ' – ' + word.dataset.e
  const rect = word.getBoundingClientRect()
  popup.style.left = rect.left + scrollX + 'px'
  popup.style.top = rect.bottom + scrollY + 6 + 'px'
  popup.hidden = false
  document.querySelector('.w-active')?.classList.remove('w-active')
  word.classList.add('w-active')
})
document.addEventListener('pointerout', (event) => {
  if (event.target.closest && event.target.closest('.w')) popup.hidden = true
})
document.addEventListener('click', (event) => {
  const word = event.target.closest && event.target.closest('.w')
  if (!word) return
  popup.textContent = word.textContent + ' – ' + word.dataset.e
  popup.hidden = false
})
</script>`

const median = (values) => quantile(values, 0.5)
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const tbt = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)

async function loadMetrics(context, url) {
  const lcps = []
  const tbts = []
  let js = 0
  let idleJs = 0
  let beforeLcpJs = 0
  for (let run = 0; run < LOADS; run++) {
    const page = await context.newPage()
    const scripts = meterScripts(page)
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    const { lcp, longTasks } = await page.evaluate(() => window.__zk)
    lcps.push(lcp)
    tbts.push(tbt(longTasks))
    ;({ kb: js, laterKb: idleJs, beforeLcpKb: beforeLcpJs } = await scripts())
    await page.close()
  }
  return { js, idleJs, beforeLcpJs, lcp: median(lcps), tbt: median(tbts) }
}

/**
 * Hovers word number `index` from outside the text, so that the popup starts closed: the time
 * from pointerover to the frame that shows it, or NaN.
 */
async function hoverOnce(page, words, index) {
  const word = words.nth(index)
  await word.scrollIntoViewIfNeeded()
  await page.mouse.move(2, 2)
  await page.waitForTimeout(300)
  // The first line box: a word broken across lines has nothing at its bounding box's centre.
  const box = await word.evaluate((node) => node.getClientRects()[0].toJSON())
  await page.evaluate(([type, at]) => window.__zk.arm(type, at), ['pointerover', index])
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const sample = await page.evaluate(() => window.__zk.pending)
  if (Number.isNaN(sample)) console.log(`  no popup for word ${index}: ${await word.textContent()}`)
  return sample
}

/**
 * Hovers `count` words spread over each page's text, the pages in turns word by word (the
 * same word on each when their texts are the same), so that a busy spell of the machine falls
 * on all of them alike. Per page: its samples and the longest task while hovering.
 */
async function hoverLatencies(pages, count) {
  const words = pages.map((page) => page.locator('.w'))
  const totals = await Promise.all(words.map((each) => each.count()))
  const tasksBefore = await Promise.all(
    pages.map((page) => page.evaluate(() => window.__zk.longTasks.length)),
  )
  const samples = pages.map(() => [])
  for (let i = 0; i < count; i++)
    for (const [at, page] of pages.entries())
      samples[at].push(await hoverOnce(page, words[at], Math.floor((i * totals[at]) / count)))
  return Promise.all(
    pages.map(async (page, at) => {
      const tasks = (await page.evaluate(() => window.__zk.longTasks)).slice(tasksBefore[at])
      return {
        samples: samples[at],
        longest: Math.max(0, ...tasks.map((task) => task.duration)),
      }
    }),
  )
}

/** Hovers words one by one on one page (see hoverLatencies). */
const hoverLatency = async (page, count) => (await hoverLatencies([page], count))[0]

/** Arrow-keys through the German text: each key press focuses the next word and opens it. */
async function keyLatency(page, count) {
  await page.mouse.move(2, 2)
  await page.locator('.w').first().focus()
  const samples = []
  for (let i = 1; i <= count; i++) {
    await page.evaluate(([type, at]) => window.__zk.arm(type, at), ['keydown', i])
    await page.keyboard.press('ArrowRight')
    samples.push(await page.evaluate(() => window.__zk.pending))
  }
  return { samples }
}

async function tapLatency(page, count) {
  const words = page.locator('.w')
  const total = await words.count()
  const samples = []
  for (let i = 0; i < count; i++) {
    const index = Math.floor((i * total) / count)
    const word = words.nth(index)
    await word.scrollIntoViewIfNeeded()
    // A tap outside the text closes the popup, which could cover the next word.
    await page.locator('#reader-title').tap()
    await word.scrollIntoViewIfNeeded()
    // A finger lands on a still page: a tap during a scroll is a scroll gesture.
    await page.waitForTimeout(100)
    await page.evaluate(([type, at]) => window.__zk.arm(type, at), ['pointerup', index])
    await word.tap()
    samples.push(await page.evaluate(() => window.__zk.pending))
    if (Number.isNaN(samples.at(-1)))
      console.log(`  no popup for word ${index}: ${await word.textContent()}`)
  }
  return { samples }
}

const rows = []
const report = (name, value, unit, budget) => {
  const ok = budget === undefined || value <= budget
  rows.push({ name, value, unit, budget, ok })
  const shown = Number.isInteger(budget) ? budget : budget?.toFixed(2)
  const limit = budget === undefined ? '' : `  (budget ${shown} ${unit}${ok ? '' : ' — BROKEN'})`
  const digits = unit === '×' ? 2 : 1
  console.log(`${name.padEnd(34)} ${value.toFixed(digits).padStart(7)} ${unit}${limit}`)
}
/** A figure of the reader as a multiple of the same figure elsewhere. */
const ratio = (name, value, base, budget) => report(name, value / base, '×', budget)
const stats = (name, samples, budget) => {
  const missed = samples.filter((sample) => Number.isNaN(sample)).length
  report(`${name}: popups missing`, missed, '', budget ? 0 : undefined)
  samples = samples.filter((sample) => !Number.isNaN(sample))
  report(`${name}: median`, median(samples), 'ms', budget?.median)
  report(`${name}: p95`, quantile(samples, 0.95), 'ms', budget?.p95)
}

/** The German and English blocks of a curated reader page, as a reader would paste them. */
async function blocksOf(page, url) {
  await page.goto(url, { waitUntil: 'networkidle' })
  return page.evaluate(() => {
    const side = (lang) =>
      Array.from(document.querySelectorAll(`#reader-text .block.${lang} .block-text`), (node) => ({
        kind: node.tagName === 'H2' ? 'heading' : 'paragraph',
        text: node.textContent.trim(),
      }))
    return { title: document.querySelector('h1').textContent, de: side('de'), en: side('en') }
  })
}

/**
 * Stores a text as the import page would. The app creates its database the first time it
 * opens (here on the page of a text that is not there yet); the record goes in beside.
 */
async function importText(context, origin, text) {
  const id = crypto.randomUUID()
  const page = await context.newPage()
  await page.goto(`${origin}/en/mine/${id}`)
  await page.getByRole('heading', { name: 'This text is not on this device' }).waitFor()
  await page.evaluate(
    (record) =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('zweiklang')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const tx = request.result.transaction('texts', 'readwrite')
          tx.objectStore('texts').put(record)
          tx.oncomplete = () => resolve(request.result.close())
          tx.onerror = () => reject(tx.error)
        }
      }),
    { id, corrections: {}, createdAt: Date.now(), updatedAt: Date.now(), ...text },
  )
  await page.close()
  return `${origin}/en/mine/${id}`
}

/**
 * Load, hover, key and tap figures of one reader page against the reader's budgets; with
 * `plain` (its load figures and URL), hovers on plain HTML in turns with the reader's.
 */
async function measureReader(desktop, url, label, plain) {
  const b = budgets.reader
  console.log(`\n${label}`)
  const reader = await loadMetrics(desktop, url)
  report('first-load JS (gzip)', reader.js, 'KB', b.firstLoadJsKb)
  report('JS loaded after the load event (gzip)', reader.idleJs, 'KB')
  report('JS requested before LCP (gzip)', reader.beforeLcpJs, 'KB')
  report('LCP', reader.lcp, 'ms', b.lcpMs)
  if (plain) report('LCP, plain HTML', plain.lcp, 'ms')
  report('total blocking time', reader.tbt, 'ms', b.totalBlockingTimeMs)
  if (plain) report('total blocking time, plain HTML', plain.tbt, 'ms')

  const page = await desktop.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.locator('.w').first().waitFor()
  // The figures are meant with the offline worker registered, as readers have it.
  const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'none')
  console.log(`service worker in control: ${worker.replace(/^https?:\/\/[^/]+/u, '')}`)
  const plainPage = plain && (await plain.context.newPage())
  await plainPage?.goto(plain.url, { waitUntil: 'networkidle' })
  const [hover, plainHover] = await hoverLatencies(
    plainPage ? [page, plainPage] : [page],
    HOVER_SAMPLES,
  )
  stats('hover → popup', hover.samples, b.popupMs)
  report('longest task while hovering', hover.longest, 'ms', b.longTaskMs)
  if (plainHover) {
    stats('hover → popup, plain HTML (in turns)', plainHover.samples)
    const measured = (samples) => samples.filter((sample) => !Number.isNaN(sample))
    ratio(
      'hover → popup: median / plain',
      median(measured(hover.samples)),
      median(measured(plainHover.samples)),
      b.hoverOverPlain,
    )
    await plainPage.close()
  }
  stats('key → popup', (await keyLatency(page, KEY_SAMPLES)).samples, b.popupMs)
  await page.close()
}

/** Taps on `url`, then with the CPU slowed down as a phone's is. */
async function tapAtBothSpeeds(page, url, count) {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.locator('.w').first().waitFor()
  const tap = (await tapLatency(page, count)).samples
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN })
  const slowTap = (await tapLatency(page, count)).samples
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await cdp.detach()
  return { tap, slowTap }
}

async function tapFigures(browser, url, plainHtml, plainUrl, setup) {
  const b = budgets.reader
  const phone = await browser.newContext({ ...devices['Pixel 7'] })
  await phone.addInitScript(instrument)
  const target = setup ? await setup(phone) : url
  const phonePage = await phone.newPage()
  const { tap, slowTap } = await tapAtBothSpeeds(phonePage, target, TAP_SAMPLES)
  // On the context, not the page: a service worker's requests bypass page routes.
  await phone.route(plainUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: plainHtml }),
  )
  const plain = await tapAtBothSpeeds(phonePage, plainUrl, TAP_SAMPLES / 2)
  const plainTap = plain.tap
  // Emulated touch input reaches the page about two frames after its timestamp, in plain HTML
  // too; so the tap budget is the plain-HTML figure plus a margin, not one frame.
  stats('tap → popup (phone)', tap, {
    median: median(plainTap) + b.tapOverPlainMs.median,
    p95: quantile(plainTap, 0.95) + b.tapOverPlainMs.p95,
  })
  stats('tap → popup (phone), plain HTML', plainTap)
  const slow = `tap → popup (phone, ${PHONE_CPU_SLOWDOWN}× slower CPU)`
  stats(slow, slowTap)
  stats(`${slow}, plain HTML`, plain.slowTap)
  ratio(`${slow}: median / plain`, median(slowTap), median(plain.slowTap), b.slowTapOverPlain)
  await phone.close()
}

/** Builds the reference page into its own directory, quietly unless the build fails. */
function buildReference() {
  const build = spawnSync('npx', ['next', 'build'], { cwd: REFERENCE_APP, encoding: 'utf8' })
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr)
    throw new Error(`the reference page did not build (${REFERENCE_APP})`)
  }
}

const LIGHTHOUSE_FIGURES = [
  { key: 'htmlKb', name: 'HTML transfer (gzip)', unit: 'KB', budget: 'htmlRatio' },
  { key: 'fcpMs', name: 'FCP', unit: 'ms', budget: 'fcpRatio' },
  { key: 'lcpMs', name: 'LCP', unit: 'ms', budget: 'lcpRatio' },
  { key: 'tbtMs', name: 'total blocking time', unit: 'ms', budget: 'tbtRatio' },
  { key: 'score', name: 'performance score', unit: '' },
  { key: 'jsBeforeLcpKb', name: 'JS requested before LCP', unit: 'KB', budget: 'jsBeforeLcpRatio' },
  { key: 'jsByIdleKb', name: 'JS by network idle', unit: 'KB', budget: 'jsByIdleRatio' },
]

/**
 * Lighthouse mobile on the reader and on the reference page, runs taken in turns so that a
 * busy spell of the machine falls on both; each figure is the median of its runs, and each
 * ratio reader / reference is held to its budget.
 */
async function compareWithReference(readerUrl, referenceUrl) {
  const runs = { reader: [], reference: [] }
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    runs.reader.push(await lighthouseRun(readerUrl, `reader-${run + 1}`))
    runs.reference.push(await lighthouseRun(referenceUrl, `reference-${run + 1}`))
  }
  console.log(`\nLighthouse mobile, median of ${LIGHTHOUSE_RUNS} runs (spread: lowest–highest)`)
  const spread = (list, key) => {
    const values = list.map((figures) => figures[key])
    return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`
  }
  for (const { key, name, unit, budget } of LIGHTHOUSE_FIGURES) {
    const reader = median(runs.reader.map((figures) => figures[key]))
    const reference = median(runs.reference.map((figures) => figures[key]))
    console.log(
      `${name}: reader ${reader.toFixed(1)} ${unit} (${spread(runs.reader, key)}), ` +
        `reference ${reference.toFixed(1)} ${unit} (${spread(runs.reference, key)})`,
    )
    if (budget) ratio(`${name}: reader / reference`, reader, reference, budgets.reference[budget])
  }
}

/** The library's texts and the evaluation texts, repeated until the text has `words` words. */
async function longText(page, origin, words) {
  const texts = []
  for (const slug of ['alaska-gipfel', 'samstag-markt', 'rad-zur-arbeit', 'stadtbaeume'])
    texts.push(...(await blocksOf(page, `${origin}/en/read/${slug}`)).de)
  for (const name of ['brief', 'bericht', 'ratgeber']) {
    const raw = readFileSync(new URL(`../tests/eval/texts/${name}.txt`, import.meta.url), 'utf8')
    for (const paragraph of raw.split(/\n\s*\n/u).filter((p) => p.trim()))
      texts.push({ kind: 'paragraph', text: paragraph.replace(/\s+/gu, ' ').trim() })
  }
  const de = []
  let count = 0
  while (count < words) {
    for (const block of texts) {
      if (count >= words) break
      de.push(block)
      count += block.text.split(/\s+/u).filter((w) => /\p{L}|\p{N}/u.test(w)).length
    }
  }
  return { title: `Lange Lektüre (${count} Wörter)`, de, count }
}

if (!ONLY_BOOK && !ONLY_POPUP) buildReference()
const server = await startServer(3291)
try {
  if (ONLY_BOOK) {
    const browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(instrument)
    await measureBook({ context, origin: server.origin, budgets, report, stats, hoverLatency })
    await browser.close()
  } else await measureAll()
} finally {
  server.stop()
}

async function measureAll() {
  if (!ONLY_POPUP) {
    const reference = await startServer(3293, {}, { app: REFERENCE_APP, probePath: PATH })
    try {
      await compareWithReference(`${server.origin}${PATH}`, `${reference.origin}${PATH}`)
    } finally {
      reference.stop()
    }
  }
  if (ONLY_REFERENCE) return

  const browser = await launchChromium()
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await desktop.addInitScript(instrument)
  const readerUrl = `${server.origin}${PATH}`
  const plainUrl = `${server.origin}/__plain-html`
  const serverHtml = await (await fetch(readerUrl)).text()
  const plainHtml = serverHtml
    .replace(/<script\b[\s\S]*?<\/script>/gu, '')
    .replace('</body>', `${plainPopup}</body>`)

  console.log(
    `Reader ${PATH} (${HOVER_SAMPLES} hovers, ${KEY_SAMPLES} key presses, ${TAP_SAMPLES} taps)`,
  )
  // Plain HTML in a browser of its own, so that both pages hovered in turns stay in front: in
  // one browser the page behind draws its frames at a crawl, and is shown again for each hover.
  const plainBrowser = await launchChromium()
  const plainContext = await plainBrowser.newContext({ viewport: { width: 1280, height: 900 } })
  await plainContext.addInitScript(instrument)
  await plainContext.route(plainUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: plainHtml }),
  )
  const plain = {
    ...(await loadMetrics(plainContext, plainUrl)),
    url: plainUrl,
    context: plainContext,
  }
  await measureReader(desktop, readerUrl, `Curated: ${PATH}`, plain)
  await plainBrowser.close()
  await tapFigures(browser, readerUrl, plainHtml, plainUrl)
  if (ONLY_POPUP) return browser.close()

  // The same article pasted into the import page: analysed and rendered in the browser.
  const scratch = await desktop.newPage()
  const article = await blocksOf(scratch, readerUrl)
  await scratch.close()
  const importedUrl = await importText(desktop, server.origin, article)
  await measureReader(desktop, importedUrl, 'Imported: the same article, as pasted')
  await tapFigures(browser, importedUrl, plainHtml, plainUrl, (phone) =>
    importText(phone, server.origin, article),
  )

  const long = await longText(await desktop.newPage(), server.origin, 10_000)
  const longUrl = await importText(desktop, server.origin, long)
  console.log(`\nImported: a ${long.count}-word text`)
  const analyses = []
  const painted = []
  for (let run = 0; run < 3; run++) {
    const page = await desktop.newPage()
    await page.goto(longUrl)
    await page.locator('.w[data-e]').first().waitFor({ timeout: 30_000 })
    await page.waitForTimeout(300)
    const figures = await page.evaluate(() => ({
      analyse: performance.getEntriesByName('zk:analyse-import')[0].duration,
      lcp: window.__zk.lcp,
    }))
    analyses.push(figures.analyse)
    painted.push(figures.lcp)
    await page.close()
  }
  report('analysis in the browser, median', median(analyses), 'ms', budgets.import.analyseMs)
  report('opened to text painted (LCP), median', median(painted), 'ms', budgets.import.openMs)
  await measureBook({
    context: desktop,
    origin: server.origin,
    budgets,
    report,
    stats,
    hoverLatency,
  })
  await browser.close()
}

const broken = rows.filter((row) => !row.ok)
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken: ${broken.map((row) => row.name).join(', ')}`)
  process.exit(1)
}
console.log('\nAll budgets hold.')
