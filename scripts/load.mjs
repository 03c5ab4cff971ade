// Load tests on loopback with autocannon against the app's server (`npm start`: server/index.mjs).
// Usage: npm run build && npm run load
// [-- pages | dictionary] (both without an argument); LOAD_PORT picks the server's port.
//
// pages: 50 connections for 30 s, cycling through the library, the reader and a 404. Fails on
// any error or unexpected status, or when the server's memory after the run exceeds that after
// a warm-up by 20%.
//
// dictionary: a server started cold; first the route's cheapest answer (a 400 for no words,
// no lookup), which measures what the server's request path itself allows, then 20 connections sending distinct 400-word lookup requests drawn from the
// repository's real texts (scripts/lookup-samples.ts), each URL once: no word has been looked
// up before. Reports the time from the server's start to the first lookup answered and the time the
// indexes take to open in a fresh process; fails outside the budgets in bench.budgets.json
// ("dictionary"). Rates are timed from the first request to the last answer (autocannon's own
// duration is counted in whole sampling intervals of a second).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import autocannon from 'autocannon'
import { startServer } from './lib/browser.mjs'

const PORT = Number(process.env.LOAD_PORT ?? 3292)
const PAGE_CONNECTIONS = 50
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 30)
const WARM_UP_S = 10
const routes = [
  { path: '/en', status: 200 },
  { path: '/de/read/alaska-gipfel', status: 200 },
  { path: '/en/read/no-such-text', status: 404 },
]
/** The measure: 20 connections, at least 1,000 distinct requests. */
const LOOKUP_CONNECTIONS = 20
const LOOKUP_REQUESTS = Number(process.env.LOAD_LOOKUPS ?? 3000)
/** Requests of the route's cheapest answer, measured before the lookups (see above). */
const FLOOR_REQUESTS = 3000
/** How often the cold server is asked for its first answer while it starts. */
const FIRST_ANSWER_POLL_MS = 10

const budgets = JSON.parse(readFileSync('bench.budgets.json', 'utf8')).dictionary

/** Resident memory of the server's whole process group (npx, next, its workers), in MB. */
function serverMemoryMb(pid) {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' })
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024
}

/** The machine's load average (1, 5 and 15 minutes): other work shares its cores. */
const loadAverage = () =>
  loadavg()
    .map((each) => each.toFixed(2))
    .join(' ')

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000))

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })
}

/**
 * A run of `amount` requests and its rate, timed from the first request sent to the last
 * answer received: autocannon stops only at its next sampling tick (each second), so its own
 * duration rounds a run up by as much as a second.
 */
async function timedRun(options, onResponse = () => {}) {
  let last = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  const withClock = (requests) =>
    requests.map((request) => ({
      ...request,
      onResponse: (...args) => {
        last = performance.now()
        ;(request.onResponse ?? onResponse)(...args)
      },
    }))
  const result = await cannon({
    ...options,
    requests: withClock(options.requests ?? [{}]),
  })
  const seconds = (last - started) / 1000 || 1
  const { user, system } = process.cpuUsage(cpu)
  return {
    result,
    rps: result.requests.total / seconds,
    // The load client runs on the same cores as the server: its share of one core.
    clientCpuPercent: ((user + system) / 1e6 / seconds) * 100,
  }
}

function print(title, rows) {
  console.log(`\n${title}`)
  for (const [name, value] of rows) console.log(`${name.padEnd(40)} ${value}`)
}

async function pagesRun() {
  const server = await startServer(PORT)
  try {
    const run = async (seconds) => {
      const unexpected = []
      const requests = routes.map(({ path, status }) => ({
        path,
        onResponse: (code) => {
          if (code !== status) unexpected.push(`${path}: ${code}`)
        },
      }))
      const result = await cannon({
        url: server.origin,
        connections: PAGE_CONNECTIONS,
        duration: seconds,
        requests,
      })
      return { result, unexpected }
    }
    await run(WARM_UP_S)
    await settle()
    const warm = serverMemoryMb(server.pid)
    const { result, unexpected } = await run(DURATION_S)
    await settle()
    const after = serverMemoryMb(server.pid)
    const growth = (after / warm - 1) * 100
    print(
      `pages: ${PAGE_CONNECTIONS} connections, ${DURATION_S} s: ${routes.map((r) => r.path).join(', ')}`,
      [
        ['requests', result.requests.total],
        ['requests per second (mean)', result.requests.average],
        ['latency p50 (ms)', result.latency.p50],
        ['latency p99 (ms)', result.latency.p99],
        ['errors', result.errors],
        ['timeouts', result.timeouts],
        ['unexpected statuses', unexpected.length],
        ['server memory after warm-up (MB)', warm.toFixed(0)],
        ['server memory after the run (MB)', after.toFixed(0)],
        ['memory growth (%)', growth.toFixed(1)],
      ],
    )
    if (unexpected.length) console.log(`first unexpected: ${unexpected.slice(0, 5).join(', ')}`)
    return result.errors === 0 && result.timeouts === 0 && unexpected.length === 0 && growth <= 20
  } finally {
    server.stop()
  }
}

async function dictionaryRun() {
  const { paths, indexOpenMs } = JSON.parse(
    execFileSync('npx', ['tsx', 'scripts/lookup-samples.ts', String(LOOKUP_REQUESTS + 1)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  )
  // The first request starts the clock's stop; the run sends the others, each once.
  const [probe, ...lookups] = paths
  const spawned = performance.now()
  const server = await startServer(PORT, {}, { probePath: probe, pollMs: FIRST_ANSWER_POLL_MS })
  const firstAnswerMs = performance.now() - spawned
  try {
    // The route's cheapest answer (a 400 for no words): what the request path itself allows here.
    const floor = await timedRun({
      url: `${server.origin}/api/dictionary?w=`,
      connections: LOOKUP_CONNECTIONS,
      amount: FLOOR_REQUESTS,
    })
    let next = 0
    const unexpected = []
    const loadBefore = loadAverage()
    const { result, rps, clientCpuPercent } = await timedRun({
      url: server.origin,
      connections: LOOKUP_CONNECTIONS,
      amount: lookups.length,
      requests: [
        {
          setupRequest: (request) => ({ ...request, path: lookups[next++ % lookups.length] }),
          onResponse: (status) => {
            if (status !== 200) unexpected.push(status)
          },
        },
      ],
    })
    const words = lookups[0].split('%2C').length
    print(
      `dictionary: ${LOOKUP_CONNECTIONS} connections, ${lookups.length} distinct ${words}-word lookups from real texts, each once, no word looked up before`,
      [
        ['indexes and plans opened in a fresh process (ms)', indexOpenMs.toFixed(0)],
        ['server start to first lookup answered (ms)', firstAnswerMs.toFixed(0)],
        ['requests', result.requests.total],
        ['requests per second', rps.toFixed(0)],
        ['latency p50 (ms)', result.latency.p50],
        ['latency p99 (ms)', result.latency.p99],
        ['latency max (ms)', result.latency.max],
        [
          'answer size, mean (KB)',
          (result.throughput.total / result.requests.total / 1024).toFixed(1),
        ],
        ['errors', result.errors],
        ['timeouts', result.timeouts],
        ['non-200 answers', unexpected.length],
        ['load client CPU (% of one core)', clientCpuPercent.toFixed(0)],
        ['load average (1, 5, 15 min) before', loadBefore],
        ['load average (1, 5, 15 min) after', loadAverage()],
        ['no-lookup answer (400) before, requests per second', floor.rps.toFixed(0)],
        ['no-lookup answer (400) before, latency p99 (ms)', floor.result.latency.p99],
      ],
    )
    const misses = [
      indexOpenMs > budgets.indexOpenMs && `indexes open in ${indexOpenMs.toFixed(0)} ms`,
      rps < budgets.requestsPerSecond && `${rps.toFixed(0)} requests per second`,
      result.latency.p99 > budgets.p99Ms && `p99 ${result.latency.p99} ms`,
      result.errors + result.timeouts + unexpected.length > 0 && 'failed requests',
    ].filter(Boolean)
    for (const miss of misses) console.log(`over budget: ${miss}`)
    return misses.length === 0
  } finally {
    server.stop()
  }
}

const only = process.argv[2]
if (only !== undefined && only !== 'pages' && only !== 'dictionary') {
  console.error('usage: npm run load [-- pages | dictionary]')
  process.exit(1)
}
let ok = true
if (only !== 'dictionary') ok = (await pagesRun()) && ok
if (only !== 'pages') ok = (await dictionaryRun()) && ok
if (!ok) {
  console.error('\nload: FAILED')
  process.exit(1)
}
console.log('\nload: OK')
