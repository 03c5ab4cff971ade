// `npm test`: every check, in order, each timed. Stops at the first that fails; either way
// it ends with how long each took. The browser check comes first, so a laptop without a
// Chromium hears so at once, not after lint, types and a build.
import { spawn } from 'node:child_process'

// Stages run one after another; the checks of one stage run at once. ESLint, Prettier, tsc
// and the vocabulary check each keep one core busy, so on two cores running them side by side
// takes the time of the longest (ESLint) instead of their sum. Their output is held and
// printed whole as each ends, so that lines of two checks do not interleave.
// The route types come first: ESLint's type-aware rules and tsc both read them.
const stages = [
  [
    ['browser', 'node scripts/check-browser.mjs'],
    ['typegen', 'npm run --silent typegen'],
  ],
  [
    ['lint:code', 'npm run --silent lint:code'],
    ['lint:format', 'npm run --silent lint:format'],
    ['types', 'npm run --silent types'],
    ['vocab:check', 'npm run --silent vocab:check'],
  ],
  [['unit', 'npm run --silent test:unit']],
  [['build', 'npm run --silent build']],
  [['e2e', 'npm run --silent test:e2e']],
]

/** Runs one check; its output goes straight through when it runs alone, else is held. */
function run([name, command], alone) {
  const start = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
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

const rows = []
const started = performance.now()
let failed
for (const checks of stages) {
  const alone = checks.length === 1
  if (alone) console.log(`\n▶ ${checks[0][0]}: ${checks[0][1]}`)
  else console.log(`\n▶ at once: ${checks.map(([name]) => name).join(', ')}`)
  const results = await Promise.all(checks.map((check) => run(check, alone)))
  rows.push(...results)
  failed = results.find((result) => !result.ok)?.failure
  if (failed) break
}

const total = (performance.now() - started) / 1000
const clock = (seconds) => {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
console.log('\nnpm test, stage by stage (checks side by side share a stage):')
for (const { name, seconds, ok } of rows) {
  console.log(`  ${ok ? '✓' : '✘'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`)
}
console.log(`  total        ${clock(total)} (${total.toFixed(0)} s)${failed ? `: ${failed}` : ''}`)
process.exit(failed ? 1 : 0)
