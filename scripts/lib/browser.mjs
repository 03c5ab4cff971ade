// Shared by the measuring scripts: the app's server (server/index.mjs) on loopback and a
// Chromium that works here.
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

/** The app's server (`npm start`), from the repository's root, where every caller runs. */
const APP_SERVER = 'server/index.mjs'
/** How long the server may take to answer. */
const START_TIMEOUT_MS = 30_000

/** Whether anything answers HTTP at this origin. */
async function answers(origin, probePath) {
  try {
    await fetch(`${origin}${probePath}`)
    return true
  } catch {
    return false
  }
}

/**
 * The app's production server (`npm start`: server/index.mjs) on the build in .next, or
 * `next start` for another Next app. `env` may name another build directory (ZK_DIST_DIR), as
 * the update test does. `app` is the folder of another Next app (the bench's reference page,
 * served by `next start`) and `probePath` a page it answers,
 * asked every `pollMs` until it does. `logFile` receives the server's output (the sync tests
 * read it), appended across restarts.
 */
export async function startServer(
  port,
  env = {},
  { app, probePath = '/en', pollMs = 200, logFile } = {},
) {
  const origin = `http://127.0.0.1:${port}`
  // Another server there (another checkout's tests, a forgotten `npm start`) would answer
  // in place of this one, and whatever ran against it would measure or test the wrong build.
  if (await answers(origin, probePath))
    throw new Error(`port ${port} is taken: something answers at ${origin}`)
  const log = logFile === undefined ? 'ignore' : openSync(logFile, 'a')
  const server = spawn(
    ...(app === undefined
      ? ['node', [APP_SERVER, '--port', String(port)]]
      : ['npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)]]),
    {
      stdio: ['ignore', log, log],
      detached: true,
      cwd: app,
      env: { ...process.env, ...env },
    },
  )
  if (typeof log === 'number') closeSync(log)
  let exit
  server.on('exit', (code, signal) => (exit = signal ?? `code ${code}`))
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline && exit === undefined) {
    try {
      if ((await fetch(`${origin}${probePath}`)).ok) {
        return {
          origin,
          pid: server.pid,
          stop: (signal = 'SIGTERM') => process.kill(-server.pid, signal),
        }
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  if (exit !== undefined) throw new Error(`the server on port ${port} ended (${exit})`)
  process.kill(-server.pid)
  throw new Error('the server did not answer: run `npm run build` first')
}

export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions())
}

/**
 * Starts counting the scripts a page loads; the returned function resolves to the count and
 * total gzip size in KB of those requested before the load event (first-load JS, as `npm run
 * size` and `npm run bench` report it), of those requested later, and of those requested
 * before the largest contentful paint (what a page that renders with script needs for its
 * text). Times are the page's own: a script asked for in a load handler is not before it.
 */
export function meterScripts(page) {
  const scripts = []
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return
    scripts.push({
      url: request.url(),
      size: request.response().then(
        async (response) => (response ? gzipSync(await response.body(), { level: 9 }).length : 0),
        () => 0,
      ),
    })
  })
  return async () => {
    const { load, lcp, starts } = await page.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? 0,
      lcp: window.__zk?.lcp ?? 0,
      starts: Object.fromEntries(
        performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]),
      ),
    }))
    const sized = await Promise.all(
      scripts.map(async ({ url, size }) => ({ start: starts[url] ?? 0, size: await size })),
    )
    const sum = (list) => list.reduce((total, { size }) => total + size, 0) / 1024
    const first = sized.filter(({ start }) => load === 0 || start < load)
    const later = sized.filter((script) => !first.includes(script))
    return {
      count: first.length,
      kb: sum(first),
      laterCount: later.length,
      laterKb: sum(later),
      beforeLcpKb: sum(sized.filter(({ start }) => start <= lcp)),
    }
  }
}
