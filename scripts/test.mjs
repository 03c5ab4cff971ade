// `npm test`: every check, in order, each timed. Stops at the first that fails; either way
// it ends with how long each took. The browser check comes first, so a laptop without a
// Chromium hears so at once, not after lint, types and a build.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const stages = [
  ['browser', 'node scripts/check-browser.mjs'],
  ['lint', 'npm run --silent lint'],
  ['typecheck', 'npm run --silent typecheck'],
  ['vocab:check', 'npm run --silent vocab:check'],
  ['unit', 'npm run --silent test:unit'],
  ['build', 'npm run --silent build'],
  ['e2e', 'npm run --silent test:e2e'],
]

/** CPU seconds of finished child processes (Linux: /proc), which another load barely moves. */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    // Fields 16 and 17 of stat (cutime, cstime), in clock ticks: 100 a second on Linux.
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return undefined
  }
}

const rows = []
const started = performance.now()
let failed
for (const [name, command] of stages) {
  console.log(`\n▶ ${name}: ${command}`)
  const start = performance.now()
  const cpu = childCpu()
  const { status, signal } = spawnSync(command, { stdio: 'inherit', shell: true })
  const seconds = (performance.now() - start) / 1000
  const cpuSeconds = cpu === undefined ? undefined : childCpu() - cpu
  rows.push({ name, seconds, cpuSeconds, ok: status === 0 })
  if (status !== 0) {
    failed = `${name} failed (${signal ?? `exit ${status}`})`
    break
  }
}

const total = (performance.now() - started) / 1000
const clock = (seconds) => {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
console.log('\nnpm test, stage by stage (wall clock, and CPU time where known):')
for (const { name, seconds, cpuSeconds, ok } of rows) {
  const cpu = cpuSeconds === undefined ? '' : `  cpu ${cpuSeconds.toFixed(0).padStart(4)} s`
  console.log(`  ${ok ? '✓' : '✘'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s${cpu}`)
}
console.log(`  total        ${clock(total)} (${total.toFixed(0)} s)${failed ? `: ${failed}` : ''}`)
process.exit(failed ? 1 : 0)
