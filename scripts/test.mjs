// `npm test`: every check, in order, each timed. Stops at the first that fails; either way
// it ends with how long each took. The browser check comes first, so a laptop without a
// Chromium hears so at once, not after lint, types and a build.
import { spawn } from 'node:child_process'

// Stages run one after another. The machine has two cores, so a stage runs at most two
// checks at a time, each lane taking the next from the list as its check ends: four
// at once had ESLint, Prettier, tsc and the vocabulary check fight for two cores (80 s), and
// the unit tests and the build, one after the other, left one core idle for most of their
// 95 s. Together that was 175 s; two at a time it is about 120 s. Output is held and printed
// whole as each check ends, so that lines of two checks do not interleave.
// The route types come first: ESLint's type-aware rules and tsc both read them.
const TOGETHER = 2
// The build leaves types to the `types` check of this same run: Next would check them a
// second time, for 20 s, with one core.
const TYPES_CHECKED = { ZK_TYPES_CHECKED: 'true' }
const stages = [
  [
    ['browser', 'node scripts/check-browser.mjs'],
    ['typegen', 'npm run --silent typegen'],
  ],
  [
    ['lint:code', 'npm run --silent lint:code'],
    ['types', 'npm run --silent types'],
    ['lint:format', 'npm run --silent lint:format'],
    ['vocab:check', 'npm run --silent vocab:check'],
    ['unit', 'npm run --silent test:unit'],
    ['build', 'npm run --silent build', TYPES_CHECKED],
  ],
  [['e2e', 'npm run --silent test:e2e']],
]

/** Runs one check; its output goes straight through when it runs alone, else is held. */
function run([name, command, env], alone) {
  const start = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      env: { ...process.env, ...env },
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    })
    const held = []
    child.stdout?.on('data', (chunk) => held.push(chunk))
    child.stderr?.on('data', (chunk) => held.push(chunk))
    child.on('close', (status, signal) => {
      if (!alone) {
        console.log(`\n▶ ${name}: ${command}`)
        process.stdout.write(Buffer.concat(held))
      }
      resolve({
        name,
        seconds: (performance.now() - start) / 1000,
        ok: status === 0,
        failure: status === 0 ? undefined : `${name} failed (${signal ?? `exit ${status}`})`,
      })
    })
  })
}

/** Runs a stage's checks, TOGETHER at a time; once one fails, starts no more. */
async function runStage(checks) {
  const alone = checks.length === 1
  const queue = [...checks]
  const results = []
  const lane = async () => {
    for (let check = queue.shift(); check; check = queue.shift()) {
      const result = await run(check, alone)
      results.push(result)
      if (!result.ok) queue.length = 0
    }
  }
  await Promise.all(Array.from({ length: Math.min(TOGETHER, checks.length) }, lane))
  return results
}

const rows = []
const started = performance.now()
let failed
for (const checks of stages) {
  if (checks.length === 1) console.log(`\n▶ ${checks[0][0]}: ${checks[0][1]}`)
  else console.log(`\n▶ ${TOGETHER} at a time: ${checks.map(([name]) => name).join(', ')}`)
  const results = await runStage(checks)
  rows.push(...results)
  failed = results.find((result) => !result.ok)?.failure
  if (failed) break
}

const total = (performance.now() - started) / 1000
const clock = (seconds) => {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
console.log('\nnpm test, check by check (in the order they ended; two run at a time):')
for (const { name, seconds, ok } of rows) {
  console.log(`  ${ok ? '✓' : '✘'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`)
}
console.log(`  total        ${clock(total)} (${total.toFixed(0)} s)${failed ? `: ${failed}` : ''}`)
process.exit(failed ? 1 : 0)
