import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'

type FetchListener = (event: { request: Request; respondWith: (answer: unknown) => void }) => void

/** The worker's fetch listener, run in a sandbox with just enough of a worker's globals. */
function fetchListener(): FetchListener {
  const listeners = new Map<string, FetchListener>()
  const source = readFileSync('lib/offline/serviceWorker.js', 'utf8')
  runInNewContext(`const VERSION = 'test'\nconst PRECACHE = []\n${source}`, {
    URL,
    self: {
      location: { origin: 'http://127.0.0.1:3000' },
      addEventListener: (type: string, listener: FetchListener) => listeners.set(type, listener),
    },
    caches: { open: () => new Promise(() => undefined) },
    fetch: () => new Promise(() => undefined),
  })
  return listeners.get('fetch')!
}

function answered(listener: FetchListener, path: string): boolean {
  let responded = false
  listener({
    request: new Request(`http://127.0.0.1:3000${path}`),
    respondWith: () => (responded = true),
  })
  return responded
}

describe('the service worker and sync', () => {
  it('leaves every sync and health request to the network, uncached', () => {
    const listener = fetchListener()
    const space = '0123456789abcdef0123456789abcdef'
    expect(answered(listener, `/api/sync/${space}/pull?after=0`)).toBe(false)
    expect(answered(listener, `/api/sync/${space}/devices`)).toBe(false)
    expect(answered(listener, '/api/health')).toBe(false)
    // Everything else it still answers (from its cache when offline).
    expect(answered(listener, '/api/dictionary?w=Haus')).toBe(true)
    expect(answered(listener, '/api/synchronise')).toBe(true)
  })
})
