// Shared by the measuring scripts: `next start` on loopback and a Chromium that works here.
import { spawn } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

export async function startServer(port) {
  const server = spawn(
    'npx',
    ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  const origin = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${origin}/en`)).ok) {
        return { origin, pid: server.pid, stop: () => process.kill(-server.pid) }
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  process.kill(-server.pid)
  throw new Error('next start did not answer: run `npm run build` first')
}

export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions())
}

/**
 * Starts counting the scripts a page loads; the returned function resolves to the count and
 * total gzip size in KB of those requested before the load event (first-load JS, as `npm run
 * size` and `npm run bench` report it), and of those loaded later, when the page is idle.
 */
export function meterScripts(page) {
  const first = []
  const later = []
  let loaded = false
  page.once('load', () => {
    loaded = true
  })
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return
    const sizes = loaded ? later : first
    sizes.push(
      request.response().then(
        async (response) => (response ? gzipSync(await response.body(), { level: 9 }).length : 0),
        () => 0,
      ),
    )
  })
  const total = async (sizes) =>
    (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) / 1024
  return async () => ({
    count: first.length,
    kb: await total(first),
    laterCount: later.length,
    laterKb: await total(later),
  })
}
