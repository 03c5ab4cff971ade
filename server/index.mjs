// @ts-check
// The app's server: `npm start` (production, on the build in .next) and `npm run dev`
// (`--dev`: Next's dev server), on 127.0.0.1. Next's documented custom server, in one process
// (the embedded sync store serves one): it answers the dictionary lookups itself, before
// Next's request path, and hands every other request to Next. Next's request path costs some
// 2 ms of the main thread per lookup here, a plain Node answer a tenth of that: at 500 lookups
// a second that is the difference between a core and a tenth of one (docs/performance.md,
// "Dictionary under load"). The lookup handler is TypeScript in lib/ (lookupThreads/serve.ts),
// built by Next with the app: instrumentation.ts publishes it when Next starts, so this file
// is plain JavaScript that Node runs as it is, with no compiler at run time.
//
// Usage: node server/index.mjs [--dev] [--port N | -p N] [--hostname H | -H H]
// (the port defaults to $PORT, else 3000).
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import securityHeadersModule from './securityHeaders.cjs'

const DEFAULT_PORT = 3000
const DEFAULT_HOSTNAME = '127.0.0.1'
/** Where instrumentation.ts publishes the lookup route (lib/analysis/lookupThreads/route.ts). */
const LOOKUP_ROUTE_GLOBAL = '__zweiklangLookupRoute'

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H', default: DEFAULT_HOSTNAME },
  },
})
const dev = values.dev ?? false
const hostname = values.hostname ?? DEFAULT_HOSTNAME
const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`not a port: ${values.port ?? process.env.PORT}`)
  process.exit(1)
}

// As `next start` and `next dev` set it, before Next is loaded; and the process's name as
// `next start` gives it, which is how a server of this app is found among processes.
const env = /** @type {Record<string, string | undefined>} */ (process.env)
env.NODE_ENV ??= dev ? 'development' : 'production'
process.title = `next-server (zweiklang${dev ? ', dev' : ''})`
// Next is CommonJS: its module.exports, the function that makes a server, is the default.
const next = /** @type {typeof import('next').default} */ (
  /** @type {unknown} */ ((await import('next')).default)
)

/** @type {Record<string, string>} */
const siteHeaders = Object.fromEntries(
  securityHeadersModule.securityHeaders.map(
    (/** @type {{ key: string, value: string }} */ { key, value }) => [key, value],
  ),
)

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(request: Request, response: Response) => Promise<void>} Handler
 */

/** Next and the lookup route, once Next has started (it runs instrumentation.ts then). */
async function handlers() {
  const app = next({ dev, hostname, port })
  await app.prepare()
  const route =
    /** @type {{ path: string, handler: (headers: Record<string, string>) => Handler } | undefined} */ (
      /** @type {Record<string, unknown>} */ (globalThis)[LOOKUP_ROUTE_GLOBAL]
    )
  if (!route) throw new Error('instrumentation.ts did not publish the lookup route')
  return {
    next: app.getRequestHandler(),
    lookupPath: route.path,
    lookup: route.handler(siteHeaders),
  }
}

// Listening at once, as `next start` does; requests wait for Next to be ready.
const ready = handlers()
ready.catch((error) => {
  console.error(error)
  process.exit(1)
})

const server = createServer(async (request, response) => {
  const { next: nextHandler, lookupPath, lookup } = await ready
  const url = request.url ?? '/'
  const queryStart = url.indexOf('?')
  const path = queryStart < 0 ? url : url.slice(0, queryStart)
  try {
    await (path === lookupPath ? lookup : nextHandler)(request, response)
  } catch (error) {
    console.error(`failed to answer ${url.slice(0, 200)}`, error)
    if (!response.headersSent) response.writeHead(500)
    response.end()
  }
})
server.on('error', (error) => {
  console.error(error)
  process.exit(1)
})
server.listen(port, hostname, () => {
  console.log(`Zweiklang${dev ? ' (dev)' : ''} on http://${hostname}:${port}`)
})
