// `npm test`: every check, in order, each timed. Stops at the first that fails; either way
// it ends with how long each took. The browser check comes first, so a laptop without a
// Chromium hears so at once, not after lint, types and a build.
import { spawnSync } from 'node:child_process'

const stages = [
  ['browser', 'node scripts/check-browser.mjs'],
  ['lint', 'npm run --silent lint'],
  ['typecheck', 'npm run --silent typecheck'],
  ['vocab:check', 'npm run --silent vocab:check'],
  ['unit', 'npm run --silent test:unit'],
  ['build', 'npm run --silent build'],
  ['e2e', 'npm run --silent test:e2e'],
]

const rows = []
const started = performance.now()
let failed
for (const [name, command] of stages) {
  console.log(`\n▶ ${name}: ${command}`)
  const start = performance.now()
  const { status, signal } = spawnSync(command, { stdio: 'inherit', shell: true })
  rows.push({ name, seconds: (performance.now() - start) / 1000, ok: status === 0 })
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
console.log('\nnpm test, stage by stage:')
for (const { name, seconds, ok } of rows) {
  console.log(`  ${ok ? '✓' : '✘'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s`)
}
console.log(`  total        ${clock(total)} (${total.toFixed(0)} s)${failed ? `: ${failed}` : ''}`)
process.exit(failed ? 1 : 0)
