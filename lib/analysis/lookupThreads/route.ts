import { lookupThreads } from './pool'
import { LOOKUP_PATH, lookupHandler, type SiteHeaders } from './serve'

/**
 * What the app's server (server/index.mjs, plain JavaScript that Node runs as it is) needs of
 * the lookup route: where it is, and its handler for the site's headers. Published on
 * globalThis by instrumentation.ts, which Next builds with the app and runs in the server's
 * process before it answers anything: so the server uses Next's build of this TypeScript and
 * needs no compiler of its own at run time.
 */
export interface LookupRoute {
  path: string
  handler: (siteHeaders: SiteHeaders) => ReturnType<typeof lookupHandler>
}

export const LOOKUP_ROUTE_GLOBAL = '__zweiklangLookupRoute'

/** Starts the lookup threads and publishes the route for the server (see LookupRoute). */
export function publishLookupRoute() {
  const threads = lookupThreads()
  const route: LookupRoute = {
    path: LOOKUP_PATH,
    handler: (siteHeaders) =>
      lookupHandler((query, gzip) => threads.answer(query, gzip), siteHeaders),
  }
  ;(globalThis as Record<string, unknown>)[LOOKUP_ROUTE_GLOBAL] = route
}
