import type { Browser, Page } from '@playwright/test'
// The measuring scripts' server: `next start` on loopback, which a test can stop.
import { startServer } from '../../scripts/lib/browser.mjs'

export interface OwnServer {
  origin: string
  stop: () => void
}

/** A server of the test's own, on a port apart from the shared one: the test may stop it. */
export async function ownServer(
  port: number,
  env: Record<string, string> = {},
): Promise<OwnServer> {
  const server = await startServer(port, env)
  let running = true
  return {
    origin: server.origin,
    stop: () => {
      // Killed, not asked to finish: a graceful stop waits for the browser's open connections.
      if (running) server.stop('SIGKILL')
      running = false
    },
  }
}

/** A browser profile on that server, and a page whose uncaught errors are collected. */
export async function pageOn(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin })
  const page = await context.newPage()
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  return { context, page, errors }
}

/** Resolves once the service worker controls the page (it claims pages when it activates). */
export async function workerInControl(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  })
  return page.evaluate(async () => (await caches.keys()).join(' '))
}

/** Whether the origin answers at all: the test proves the server is really gone. */
export async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/en`)
    return true
  } catch {
    return false
  }
}
