import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { buildPlansFile } from '@/lib/analysis/plans/build'
import { PLANS_FILE, PLANS_SIZE_CAP, encodePlans, openPlans } from '@/lib/analysis/plans/file'
import { plansInputs } from '@/lib/analysis/plans/load'
import { plannedWords } from '@/lib/analysis/plans/words'
import { serverIndexes, serverSources } from '@/lib/analysis/serverSources'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { realTexts, sampleLookups } from '@/scripts/lib/lookupSamples'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
/** Planned words worked out again in the default run: every this-many-th of the file's. */
const SAMPLE_STRIDE = 200
const REGENERATION_TIMEOUT_MS = 5 * 60 * 1000

const committed = readFileSync(PLANS_FILE)
const plans = openPlans(committed)
const sources = serverSources(getLexiconFromFile('en'))
const { plannedAhead, ...indexes } = serverIndexes()

describe('the lookup plans worked out ahead', () => {
  it('were made from the committed indexes and vocabulary (else npm run dict:build)', () => {
    expect(plans.fields.inputs).toBe(plansInputs())
    expect(plannedAhead).toBeDefined()
    expect(committed.length).toBeLessThanOrEqual(PLANS_SIZE_CAP)
  })

  it('are what the server works out now, on a sample of the planned words', () => {
    const now = lookupAnswers(sources, indexes)
    const records = plans.all()
    expect(records.length).toBe(plannedWords().length)
    for (let i = 0; i < records.length; i += SAMPLE_STRIDE)
      expect(now.planRecord(records[i]![0])).toEqual(records[i])
  })

  it('give the answers worked out without them, byte for byte', () => {
    const ahead = lookupAnswers(sources, { ...indexes, plannedAhead })
    const without = lookupAnswers(sources, indexes)
    for (const words of [...sampleLookups(realTexts(), 20), ['lud', 'Gäste', 'ein'], ['Zyxwvq']])
      expect(ahead.bytes(words).equals(without.bytes(words))).toBe(true)
  })

  it('are written in the same bytes for the same plans, in whatever order', () => {
    const records = plans.all().slice(0, 50)
    const fields = { inputs: 'x' }
    expect(encodePlans([...records].reverse(), fields).equals(encodePlans(records, fields))).toBe(
      true,
    )
  })
})

// SLOW, OFF BY DEFAULT (about 30 s of CPU): works every plan out again and checks the file is
// byte for byte the committed one. Run it after changing the analysis:
// DICT_REGENERATE=1 npx vitest run tests/unit/lookupPlans.test.ts
describe.skipIf(process.env.DICT_REGENERATE !== '1')('regenerating the plans', () => {
  it(
    'gives the committed bytes (npm run dict:build writes them)',
    () => expect(sha256(buildPlansFile().bytes)).toBe(sha256(committed)),
    REGENERATION_TIMEOUT_MS,
  )
})
