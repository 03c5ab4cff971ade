import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Coding, LookupReply } from './protocol'

/** Where the lookups are answered (see lookupPath). */
export const LOOKUP_PATH = '/api/dictionary'

/** A lookup's outcome for a request: its query string, and the coding the client takes. */
export type LookupReplier = (query: string, coding: Coding) => Promise<LookupReply>

/** Headers every response of the app carries (the security headers of next.config.js). */
export type SiteHeaders = Readonly<Record<string, string>>

// The headers Next's app route gave, which the browser's caches and the service worker see.
const JSON_TYPE = { 'content-type': 'application/json' }
// The answer depends only on the words: it may be cached.
const CACHED = { 'cache-control': 'public, max-age=86400' }
/** Next's router's request headers, which an app route's answer varies with. */
const ROUTER_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch'
/** Next answers OPTIONS for a GET route with these, and other methods with 405. */
const ALLOWED = 'GET, HEAD, OPTIONS'

/**
 * The coding for a client's Accept-Encoding, as Next's compression chose it (the `compression`
 * package): the acceptable coding of highest weight among gzip, deflate and identity (identity
 * weighs as the lowest named weight when not named itself; ties go in that order), and gzip
 * rather than deflate whenever gzip is acceptable.
 */
export function contentCoding(header: string | string[] | undefined): Coding {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '')
  const weights = new Map<string, number>()
  for (const item of text.split(',')) {
    const [name = '', ...parameters] = item.split(';').map((part) => part.trim().toLowerCase())
    if (name === '') continue
    const weight = parameters.find((parameter) => parameter.startsWith('q='))
    weights.set(name, weight === undefined ? 1 : Number(weight.slice(2)) || 0)
  }
  const any = weights.get('*')
  const lowest = Math.min(1, ...weights.values())
  const weightOf = (coding: Coding) =>
    weights.get(coding) ?? any ?? (coding === 'identity' ? lowest : 0)
  const order: Coding[] = ['gzip', 'deflate', 'identity']
  const best = order.reduce((chosen, coding) =>
    weightOf(coding) > weightOf(chosen) ? coding : chosen,
  )
  if (weightOf(best) <= 0) return 'identity'
  return best === 'deflate' && weightOf('gzip') > 0 ? 'gzip' : best
}

/**
 * GET /api/dictionary?w=Häuser,ging,stellt: exactly the part of the dictionary that the
 * analysis engine needs for these words, so that the browser can analyse a text without
 * downloading the whole dictionary (see lookupAnswers). The server answers it before Next's
 * request path (server/index.mjs), which cost some 2 ms of the main thread per request here
 * where this costs a tenth of that (docs/performance.md, "Dictionary under load"). The query
 * string goes to `reply` (the lookup threads) as it came: they read the words, build the
 * answer and compress it; here only the headers are written. Answers, refusals, headers and
 * methods are those Next's app route gave.
 */
export function lookupHandler(reply: LookupReplier, siteHeaders: SiteHeaders) {
  return async function serveLookup(request: IncomingMessage, response: ServerResponse) {
    const { method = 'GET', url = '' } = request
    if (method !== 'GET' && method !== 'HEAD') {
      const allowed = method === 'OPTIONS'
      response.writeHead(allowed ? 204 : 405, {
        ...siteHeaders,
        vary: ROUTER_VARY,
        ...(allowed ? { allow: ALLOWED } : {}),
      })
      response.end()
      return
    }
    const queryStart = url.indexOf('?')
    // Next compressed no answer to HEAD.
    const coding =
      method === 'HEAD' ? 'identity' : contentCoding(request.headers['accept-encoding'])
    const { status, body } = await reply(queryStart < 0 ? '' : url.slice(queryStart + 1), coding)
    response.writeHead(status, {
      ...siteHeaders,
      ...JSON_TYPE,
      ...(status === 200 ? CACHED : {}),
      vary: `${ROUTER_VARY}, Accept-Encoding`,
      ...(coding === 'identity' ? {} : { 'content-encoding': coding }),
      'content-length': String(body.byteLength),
    })
    response.end(method === 'HEAD' ? undefined : body)
  }
}
