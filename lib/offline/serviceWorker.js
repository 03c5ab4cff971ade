// Zweiklang's service worker. The route app/sw.js serves this file after two constants it
// writes at build time: VERSION (the build id) and PRECACHE (the shell and every build file).
/* global VERSION, PRECACHE */

const CACHE = `zk-${VERSION}`
const LANGUAGE = /^\/(en|de)(?:\/|$)/u
// An imported text's or a book's address: each kind is read on one page of its own.
const IMPORTED = /^\/(en|de)\/(mine|book)\/[0-9a-f-]{36}$/u
const TEXT = /^\/(en|de)\/read\/([a-z0-9-]+)$/u
// Sync and health answers are live state: an old copy would hide changes or an outage.
const NEVER_CACHED = /^\/api\/(?:sync|health)(?:\/|$)/u

self.addEventListener('install', (event) => {
  // All or nothing: a worker whose shell is incomplete never takes over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only now, with no page of the previous version left (or the reader chose to reload),
      // are its files deleted.
      for (const name of await caches.keys())
        if (name.startsWith('zk-') && name !== CACHE) await caches.delete(name)
      await self.clients.claim()
      // The page that installed the worker was loaded before it: store it as if opened now.
      const windows = await self.clients.matchAll({ type: 'window' })
      await Promise.all(windows.map((client) => keepText(new URL(client.url).pathname)))
    })(),
  )
})

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') void self.skipWaiting()
  // A page shown without a navigation request (a client-side link, often from a prefetch)
  // says where it is, so that a text opened that way is stored too.
  else if (typeof event.data?.keep === 'string') event.waitUntil(keepText(event.data.keep))
})

/** Stores a response for later offline use; a failed store must not fail the page. */
async function put(request, response) {
  if (!response.ok || response.type !== 'basic') return
  try {
    await (await caches.open(CACHE)).put(request, response)
  } catch {
    // Storage full: the page still has its network response.
  }
}

/** A curated text is kept with its popup's data and the word list its learning features fetch. */
async function keepText(pathname) {
  const text = TEXT.exec(pathname)
  if (!text) return
  const cache = await caches.open(CACHE)
  const urls = [pathname, `/texts/${text[2]}/${text[1]}/popup.json`, `/texts/${text[2]}/words.json`]
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return
      await put(url, await fetch(url).catch(() => Response.error()))
    }),
  )
}

/** The one page behind an imported text's or a book's address, if the path is one. */
function shellOf(pathname, lng) {
  const kind = IMPORTED.exec(pathname)?.[2]
  return kind && `/${lng}/${kind}`
}

/** Pages: the network first, so that a reader online always gets the current version. */
async function navigate(request) {
  const url = new URL(request.url)
  const lng = LANGUAGE.exec(url.pathname)?.[1] ?? 'en'
  try {
    const response = await fetch(request)
    if (response.ok && !response.redirected) {
      // Every imported text has the same page, and every book: each is stored once.
      await put(shellOf(url.pathname, lng) ?? url.pathname, response.clone())
      void keepText(url.pathname)
    }
    return response
  } catch {
    const cache = await caches.open(CACHE)
    // Every imported text is read on one page, which the server's rewrite would serve; `/` is
    // the library (the proxy's choice of language needs the server).
    const shell = shellOf(url.pathname, lng) ?? (url.pathname === '/' ? `/${lng}` : url.pathname)
    return (
      (await cache.match(shell)) ??
      (await cache.match(`/${lng}/offline`)) ??
      new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } })
    )
  }
}

/** Build files never change under their name; data is the network's when it answers. */
async function resource(request) {
  const url = new URL(request.url)
  const cache = await caches.open(CACHE)
  const immutable = url.pathname.startsWith('/_next/static/') || url.pathname === '/api/dictionary'
  if (immutable) {
    const cached = await cache.match(request)
    if (cached) return cached
  }
  try {
    const response = await fetch(request)
    await put(request, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(request)
    if (cached) return cached
    throw error
  }
}

/**
 * A worker's script as a response of the service worker's own making. A worker takes its
 * address from the response, and a stored or fetched one has lost the address's fragment,
 * where Turbopack's worker bootstrap reads its chunks (`#params=…`); a new response takes
 * the request's address, fragment and all.
 */
const asNew = (response) =>
  new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  if (NEVER_CACHED.test(url.pathname)) return
  // React Server Component payloads of client-side navigations: when the network is gone,
  // the router's request fails and it loads the page itself, which is cached.
  if (request.headers.get('RSC') === '1' || url.searchParams.has('_rsc')) return
  if (request.mode === 'navigate') event.respondWith(navigate(request))
  else if (request.destination === 'worker') event.respondWith(resource(request).then(asNew))
  else event.respondWith(resource(request))
})
