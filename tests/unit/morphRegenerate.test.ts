// SLOW, OFF BY DEFAULT: rebuilds the whole morphology index (about 30 s of CPU and 1.7 GB) from
// the npm packages and Ding's index, and checks it is byte for byte the committed file. The
// fast determinism check is in morphBuild.test.ts. Run it after changing lib/morphology/build
// or the packages:
//   MORPH_REGENERATE=1 npx vitest run tests/unit/morphRegenerate.test.ts
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getDictionary } from '@/lib/dictionary/load'
import { buildMorphIndex } from '@/lib/morphology/build/build'
import { readSources } from '@/lib/morphology/build/readSources'
import { encodeMorphology } from '@/lib/morphology/file'
import { MORPHOLOGY_FILE } from '@/lib/morphology/format'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const REGENERATION_TIMEOUT_MS = 10 * 60 * 1000

describe.skipIf(process.env.MORPH_REGENERATE !== '1')('regenerating the morphology index', () => {
  it(
    'gives the committed bytes (npm run morph:build writes them)',
    () => {
      const { index } = buildMorphIndex(readSources(getDictionary().index))
      expect(sha256(encodeMorphology(index))).toBe(sha256(readFileSync(MORPHOLOGY_FILE)))
    },
    REGENERATION_TIMEOUT_MS,
  )
})
