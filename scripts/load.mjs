// Load test on loopback: autocannon against `next start` with 50 connections for 30 s,
// cycling through the library, the reader and a 404. Fails on any error or unexpected
// status, or when the server's memory after the run exceeds that after a warm-up by 20%.
// Usage: npm run build && npm run load
import { execFileSync } from 'node:child_process'
import autocannon from 'autocannon'
import { startServer } from './lib/browser.mjs'

const CONNECTIONS = 50
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 30)
const WARM_UP_S = 10
const routes = [
  { path: '/en', status: 200 },
  { path: '/de/read/alaska-gipfel', status: 200 },
  { path: '/en/read/no-such-text', status: 404 },
]

/** Resident memory of the server's whole process group (npx, next, its workers), in MB. */
function serverMemoryMb(pid) {
  const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' })
  return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 3000))

function run(url, seconds) {
  const unexpected = []
  const requests = routes.map(({ path, status }) => ({
    path,
    onResponse: (code) => {
      if (code !== status) unexpected.push(`${path}: ${code}`)
    },
  }))
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds, requests }, (error, result) =>
      error ? reject(error) : resolve({ result, unexpected }),
    )
  })
}

const server = await startServer(3292)
let failed = false
try {
  await run(server.origin, WARM_UP_S)
  await settle()
  const warm = serverMemoryMb(server.pid)
  const { result, unexpected } = await run(server.origin, DURATION_S)
  await settle()
  const after = serverMemoryMb(server.pid)
  const growth = (after / warm - 1) * 100
  const rows = [
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
  ]
  console.log(
    `${CONNECTIONS} connections, ${DURATION_S} s: ${routes.map((r) => r.path).join(', ')}`,
  )
  for (const [name, value] of rows) console.log(`${name.padEnd(34)} ${value}`)
  if (unexpected.length) console.log(`first unexpected: ${unexpected.slice(0, 5).join(', ')}`)
  failed = result.errors > 0 || result.timeouts > 0 || unexpected.length > 0 || growth > 20
} finally {
  server.stop()
}
if (failed) {
  console.error('\nload: FAILED')
  process.exit(1)
}
console.log('\nload: OK')
