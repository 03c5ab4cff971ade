import { createServer } from 'node:net'
import { expect, type Page } from '@playwright/test'
// The measuring scripts' server: the app's (`npm start`) on loopback, which a test can stop.
import { startServer } from '../../scripts/lib/browser.mjs'

export interface OwnServer {
  origin: string
  /** Killed, not asked to finish: a graceful stop waits for the browser's open connections. */
  stop: () => void
  /**
   * Starts again on the same port, so on the same origin: the browser keeps its service
   * worker and caches. `env` may name another build directory (ZK_DIST_DIR).
   */
  restart: (env?: Record<string, string>) => Promise<void>
}

/** A lookup: the first a server answers loads the dictionary, which takes seconds. */
export const WARM_UP = '/api/dictionary?w=Haus'

/**
 * A port nothing listens on: the system's pick. A fixed port would be shared with the same
 * test run from another checkout on this machine, and each run would use the other's server.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** A server of the test's own, on a port apart from the shared one: the test may stop it. */
export async function ownServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const port = await freePort()
  let server: Awaited<ReturnType<typeof startServer>> | undefined = await warm(port, env)
  const own: OwnServer = {
    origin: server.origin,
    stop: () => {
      server?.stop('SIGKILL')
      server = undefined
    },
    restart: async (next = {}) => {
      own.stop()
      await expectGone(own.origin)
      server = await warm(port, next)
    },
  }
  return own
}

/** Started and ready as the shared server is: it has looked a word up once. */
async function warm(port: number, env: Record<string, string>) {
  const server = await startServer(port, env)
  expect((await fetch(`${server.origin}${WARM_UP}`)).status).toBe(200)
  return server
}

/** Resolves once nothing answers at the origin any more: the server is really gone. */
export async function expectGone(origin: string) {
  await expect.poll(() => answers(origin), { timeout: 15_000 }).toBe(false)
}

/** Resolves once the service worker controls the page (it claims pages when it activates). */
export async function workerInControl(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  })
  return page.evaluate(async () => (await caches.keys()).join(' '))
}

/** Whether the origin answers at all. */
export async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/en`)
    return true
  } catch {
    return false
  }
}
