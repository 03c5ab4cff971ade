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
 * Starts counting the scripts a page loads; the returned function resolves to their count and
 * total gzip size in KB, as the first-load figure of `npm run size` and `npm run bench`.
 */
export function meterScripts(page) {
  const sizes = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    sizes.push(
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    )
  })
  return async () => {
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
    return { count: sizes.length, kb: bytes / 1024 }
  }
}
