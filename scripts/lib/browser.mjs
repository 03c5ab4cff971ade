// Shared by the measuring scripts: `next start` on loopback and a Chromium that works here.
import { spawn } from 'node:child_process'
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
