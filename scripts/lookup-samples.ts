// For `npm run load`: the lookup requests it sends, drawn from the repository's real texts
// (see scripts/lib/lookupSamples.ts), and how long opening the server's indexes (with the
// lookup plans worked out ahead) takes in a fresh process. Prints JSON: { paths, indexOpenMs }.
// Usage: tsx scripts/lookup-samples.ts 3000
import { lookupPath } from '../lib/analysis/lookup'
import { getPlans } from '../lib/analysis/plans/load'
import { getDictionary } from '../lib/dictionary/load'
import { getMorphology } from '../lib/morphology/load'
import { realTexts, sampleLookups } from './lib/lookupSamples'

const started = performance.now()
getDictionary()
getMorphology()
getPlans()
const indexOpenMs = performance.now() - started
const count = Number(process.argv[2])
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: tsx scripts/lookup-samples.ts <number of requests>')
  process.exit(1)
}
const paths = sampleLookups(realTexts(), count).map(lookupPath)
console.log(JSON.stringify({ paths, indexOpenMs }))
