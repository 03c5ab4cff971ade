// npm run load:sync (after npm run build): simulated devices pushing and pulling encrypted
// records for a fixed time, with the app's own sync timing, against two server instances on
// PostgreSQL (DATABASE_URL or TEST_DATABASE_URL) and then against one instance on the
// embedded store; LOAD_MODE=saturate measures the most they serve. Reports requests
// per second, p50/p99, errors, the database's size, and checks that every device of every
// space ends with the same records as the server. See docs/sync.md.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { startServer } from './lib/browser.mjs'

const SPACES = Number(process.env.LOAD_SPACES ?? 100)
const DEVICES_PER_SPACE = Number(process.env.LOAD_DEVICES_PER_SPACE ?? 10)
const DURATION_MS = Number(process.env.LOAD_SECONDS ?? 60) * 1000
/** A hard cap on requests per run, whatever the speed: the run is bounded. */
const MAX_REQUESTS = 100_000

/**
 * The app's own timing, read from the engine so that the model cannot drift from it: a
 * sync runs CHANGE_DEBOUNCE_MS after the last local change, and every POLL_MS while the
 * page is visible (here: always, the heaviest case).
 */
function engineConstant(name) {
  const source = readFileSync(new URL('../lib/sync/engine.ts', import.meta.url), 'utf8')
  const match = new RegExp(`export const ${name} = ([\\d_]+)`).exec(source)
  if (!match) throw new Error(`load:sync: ${name} not found in lib/sync/engine.ts`)
  return Number(match[1].replaceAll('_', ''))
}
const CHANGE_DEBOUNCE_MS = engineConstant('CHANGE_DEBOUNCE_MS')
const POLL_MS = engineConstant('POLL_MS')
const BACKOFF_MIN_MS = engineConstant('BACKOFF_MIN_MS')
const BACKOFF_MAX_MS = engineConstant('BACKOFF_MAX_MS')
/**
 * A reader changes something every 5 to 30 s: saves a word, answers a card (a review and
 * the card), edits a note, now and then deletes a word or imports a text.
 */
const CHANGE_EVERY_MS = [5_000, 30_000]
/** Startup is spread over this, so that devices do not all open the page in the same second. */
const RAMP_MS = 10_000
/** Saturating, devices start at once (nearly): the run measures the full load throughout. */
const SATURATE_RAMP_MS = 1_000
/** A word's or a review's record as the client pads it: 512 bytes + IV + tag, base64url. */
const SMALL_BODY = 720
/** An imported text with its translation: a 24 KiB bucket. */
const TEXT_BODY = 32_808
const REQUEST_TIMEOUT_MS = 10_000
const P99_GOAL_MS = 500
const PROGRESS_MS = 10_000
/**
 * LOAD_MODE=saturate: no pauses, every device syncs a change again as soon as answered,
 * to measure the most the instances serve (p99 is then only queueing, and not judged).
 */
const SATURATE = process.env.LOAD_MODE === 'saturate'
/** LOAD_FLOOD=0 runs without the flooding client (always without when saturating). */
const FLOOD = process.env.LOAD_FLOOD !== '0' && !SATURATE
const ENDPOINTS = { sync: '/api/sync', health: '/api/health' }

const random = (n) => Math.floor(Math.random() * n)
const b64 = (bytes) => randomBytes(bytes).toString('base64url')
const newBody = (chars) => b64(Math.ceil((chars * 3) / 4)).slice(0, chars)

/**
 * A request settles within REQUEST_TIMEOUT_MS, whatever its body does: the fetch's abort
 * signal does not always end a body read it interrupts, and one pending read stalled a whole
 * saturating run (its device never synced again, and the run never ended).
 */
async function bounded(request) {
  let timer
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new DOMException('the request took too long', 'TimeoutError')),
      REQUEST_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([request(AbortSignal.timeout(REQUEST_TIMEOUT_MS)), late])
  } finally {
    clearTimeout(timer)
  }
}

function sortedPercentile(sorted, p) {
  return sorted.length === 0
    ? 0
    : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

/** One run: `origins` are the instances; devices are spread over them. */
async function run(label, origins) {
  const stats = { requests: 0, errors: new Map(), latencies: [] }
  const deadline = Date.now() + DURATION_MS

  async function call(origin, device, method, route, body) {
    if (stats.requests >= MAX_REQUESTS) throw new Error('request cap reached')
    stats.requests++
    const started = performance.now()
    let status
    try {
      const { response, json } = await bounded(async (signal) => {
        const response = await fetch(`${origin}${ENDPOINTS.sync}/${device.space.id}${route}`, {
          method,
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${device.space.token}`,
            'x-sync-device': device.id,
            'x-forwarded-for': device.address,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        })
        status = response.status
        return { response, json: await response.json() }
      })
      if (response.ok) return json
      throw Object.assign(new Error(json.error), { status })
    } catch (error) {
      const key = status ? `${status} ${error.message}` : error.name
      stats.errors.set(key, (stats.errors.get(key) ?? 0) + 1)
      throw error
    } finally {
      stats.latencies.push(performance.now() - started)
    }
  }

  const spaces = Array.from({ length: SPACES }, () => ({
    id: randomBytes(16).toString('hex'),
    token: b64(32),
    /** Ids some device of the space has written: others edit and delete them too. */
    known: [],
  }))
  const devices = spaces.flatMap((space, s) =>
    Array.from({ length: DEVICES_PER_SPACE }, (_, d) => ({
      space,
      id: b64(16),
      address: `10.${s >> 8}.${s & 255}.${d + 1}`,
      origin: origins[(s * DEVICES_PER_SPACE + d) % origins.length],
      cursor: 0,
      /** What this device holds: id → body, as the server gave it or as it wrote it. */
      records: new Map(),
      /** Changes not yet pushed: id → record. */
      outbox: new Map(),
    })),
  )

  for (const space of spaces)
    await call(devices[0].origin, { space, id: b64(16), address: '10.255.0.1' }, 'PUT', '', {
      token: space.token,
    })

  async function pullAll(device) {
    for (let more = true; more;) {
      const page = await call(device.origin, device, 'GET', `/pull?after=${device.cursor}`)
      if (page.reset) device.records.clear()
      for (const record of page.records)
        if (record.deleted) device.records.delete(record.id)
        else device.records.set(record.id, record.body)
      device.cursor = page.cursor
      more = page.more
    }
  }

  /** One change a reader makes, as the records it writes (into the device's outbox). */
  function change(device) {
    const { known } = device.space
    const fresh = (body = SMALL_BODY) => {
      const id = b64(32)
      known.push(id)
      return { id, body: newBody(body) }
    }
    const roll = Math.random()
    if (roll < 0.02) return [fresh(TEXT_BODY)]
    if (known.length > 20 && roll < 0.07)
      return [{ id: known[random(known.length)], body: newBody(SMALL_BODY), deleted: true }]
    if (known.length > 20 && roll < 0.25)
      return [{ id: known[random(known.length)], body: newBody(SMALL_BODY) }]
    // A review: its own record, and the card's new state (an edit of a known record).
    if (known.length > 20 && roll < 0.7)
      return [fresh(), { id: known[random(known.length)], body: newBody(SMALL_BODY) }]
    return [fresh()]
  }

  /** The engine's cycle: pull every page, then push the outbox in one request. */
  async function cycle(device) {
    await pullAll(device)
    if (device.outbox.size === 0) return
    const records = [...device.outbox.values()]
    await call(device.origin, device, 'POST', '/push', { records })
    for (const record of records) {
      if (device.outbox.get(record.id) === record) device.outbox.delete(record.id)
      if (record.deleted) device.records.delete(record.id)
      else device.records.set(record.id, record.body)
    }
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
  const between = ([low, high]) => low + random(high - low)

  /**
   * A device as the app runs it: a sync at page load, CHANGE_DEBOUNCE_MS after each change,
   * and every POLL_MS; one sync at a time (a sync asked for meanwhile runs after it), and
   * after a failure it waits as the client backs off.
   */
  async function live(device, delay) {
    await sleep(delay)
    let running
    let again = false
    let failures = 0
    let debounce
    let poll
    const syncNow = () => {
      if (running) {
        again = true
        return
      }
      running = (async () => {
        do {
          again = false
          try {
            await cycle(device)
            failures = 0
          } catch {
            // Counted; the client backs off from 2 s, as the app does.
            failures++
            const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (failures - 1))
            await sleep(Math.min(backoff, deadline - Date.now()))
          }
        } while (again && Date.now() < deadline)
        running = undefined
      })()
    }
    const changes = (async () => {
      for (;;) {
        await sleep(Math.min(between(CHANGE_EVERY_MS), deadline - Date.now()))
        if (Date.now() >= deadline) return
        for (const record of change(device)) device.outbox.set(record.id, record)
        clearTimeout(debounce)
        debounce = setTimeout(syncNow, CHANGE_DEBOUNCE_MS)
      }
    })()
    syncNow()
    poll = setInterval(syncNow, POLL_MS)
    await changes
    clearInterval(poll)
    clearTimeout(debounce)
    while (running) await running
  }

  /** Saturation: every device syncs a change and pulls again as soon as answered. */
  async function flat(device, delay) {
    await sleep(delay)
    while (Date.now() < deadline) {
      for (const record of change(device)) device.outbox.set(record.id, record)
      await cycle(device).catch(() => undefined)
    }
  }

  // One more client floods a space of its own with pushes, as fast as answers come: the
  // rate limit must stop it without slowing the others (its requests are not in the figures).
  const flood = { accepted: 0, limited: 0, failed: 0 }
  async function flooder() {
    const space = { id: randomBytes(16).toString('hex'), token: b64(32) }
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${space.token}`,
      'x-sync-device': b64(16),
      'x-forwarded-for': '10.254.0.1',
    }
    const target = `${origins[0]}${ENDPOINTS.sync}/${space.id}`
    await bounded((signal) =>
      fetch(target, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ token: space.token }),
        signal,
      }).then((response) => response.arrayBuffer()),
    )
    while (Date.now() < deadline) {
      try {
        const status = await bounded(async (signal) => {
          const response = await fetch(`${target}/push`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ records: [{ id: b64(32), body: newBody(SMALL_BODY) }] }),
            signal,
          })
          await response.arrayBuffer()
          return response.status
        })
        if (status === 429) flood.limited++
        else flood.accepted++
      } catch {
        flood.failed++
      }
    }
  }

  const progress = setInterval(
    () =>
      console.error(
        `load:sync ${label}: ${stats.requests} requests, errors ${JSON.stringify(Object.fromEntries(stats.errors))}`,
      ),
    PROGRESS_MS,
  )
  const started = Date.now()
  await Promise.all([
    ...devices.map((device) =>
      SATURATE ? flat(device, random(SATURATE_RAMP_MS)) : live(device, random(RAMP_MS)),
    ),
    ...(FLOOD ? [flooder()] : []),
  ])
  clearInterval(progress)
  const seconds = (Date.now() - started) / 1000
  console.error(`load:sync ${label}: checking that every device converged`)
  const requests = stats.requests
  const latencies = stats.latencies.toSorted((a, b) => a - b)

  // Convergence: every device sends what waits and pulls what it missed; then each must
  // hold the server's state.
  for (const device of devices) await cycle(device)
  for (const device of devices) await pullAll(device)
  let diverged = 0
  for (const space of spaces) {
    const reference = { space, id: b64(16), address: '10.255.0.2', cursor: 0, records: new Map() }
    await pullAll({ ...reference, origin: origins[0] })
    const expected = JSON.stringify([...reference.records].sort())
    for (const device of devices.filter((candidate) => candidate.space === space))
      if (JSON.stringify([...device.records].sort()) !== expected) diverged++
  }

  return {
    label,
    mode: SATURATE ? 'saturate' : 'app timing',
    devices: devices.length,
    spaces: spaces.length,
    seconds: Math.round(seconds),
    requests,
    perSecond: Math.round(requests / seconds),
    p50: Math.round(sortedPercentile(latencies, 0.5)),
    p99: Math.round(sortedPercentile(latencies, 0.99)),
    errors: Object.fromEntries(stats.errors),
    diverged,
    flood: FLOOD
      ? `${flood.accepted} stored, ${flood.limited} refused, ${flood.failed} failed`
      : 'off',
  }
}

/** The sync tables with their indexes and TOAST, in one schema. */
const TABLES_SIZE = `SELECT sum(pg_total_relation_size(c.oid))::int8 AS bytes FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`

const megabytes = (bytes) => Math.round(Number(bytes) / 1e5) / 10

function folderBytes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0)
}

async function freePorts(count) {
  const { createServer } = await import('node:net')
  const ports = []
  for (let i = 0; i < count; i++)
    ports.push(
      await new Promise((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address()
          probe.close(() => resolve(port))
        })
      }),
    )
  return ports
}

async function withServers(count, env, work) {
  const ports = await freePorts(count)
  const servers = []
  // Stopped with the run, also when it is interrupted: each server is a process group of its own.
  const stopAll = () => servers.forEach((server) => server.stop('SIGTERM'))
  const interrupted = () => {
    stopAll()
    process.exit(130)
  }
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    for (const port of ports)
      servers.push(await startServer(port, env, { probePath: ENDPOINTS.health }))
    console.error(`load:sync: ${count} instance(s) ready`)
    return await work(servers.map((server) => server.origin))
  } finally {
    stopAll()
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted)
  }
}

async function postgresRun(url) {
  const schema = `load_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  const address = new URL(url)
  address.searchParams.set('options', `-c search_path=${schema}`)
  try {
    const result = await withServers(2, { DATABASE_URL: address.toString() }, (origins) =>
      run('PostgreSQL, 2 instances', origins),
    )
    const { rows } = await admin.query(TABLES_SIZE, [schema])
    return { ...result, databaseMB: megabytes(rows[0].bytes) }
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  }
}

async function embeddedRun() {
  const dir = mkdtempSync(path.join(tmpdir(), 'zk-load-sync-'))
  try {
    const result = await withServers(1, { ZK_SYNC_DIR: dir, DATABASE_URL: '' }, (origins) =>
      run('embedded (PGlite), 1 instance', origins),
    )
    // The tables, as for PostgreSQL; the folder also holds PostgreSQL's catalogs and WAL.
    const db = await PGlite.create({ dataDir: path.join(dir, 'pgdata') })
    const { rows } = await db.query(TABLES_SIZE, ['public'])
    await db.close()
    return {
      ...result,
      databaseMB: megabytes(rows[0].bytes),
      folderMB: megabytes(folderBytes(dir)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL
const only = process.argv[2]
const results = []
/** Each run's figures as soon as it ends: a later run that fails keeps them. */
function report(result) {
  results.push(result)
  console.log(JSON.stringify(result))
}
if (only !== 'embedded') {
  if (!url) {
    console.error('load:sync: set DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL database')
    process.exit(1)
  }
  report(await postgresRun(url))
}
if (only !== 'postgres') report(await embeddedRun())
console.table(results.map(({ errors, ...rest }) => ({ ...rest, errors: JSON.stringify(errors) })))
const failed = results.some(
  (result) =>
    result.diverged > 0 ||
    Object.keys(result.errors).length > 0 ||
    (!SATURATE && result.p99 >= P99_GOAL_MS),
)
process.exit(failed ? 1 : 0)
