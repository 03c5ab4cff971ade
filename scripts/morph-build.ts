// Builds data/morphology/de-forms.shards from LanguageTool's German word lists (npm
// devDependencies) and the committed Ding index. Usage: npm run morph:build. Same input, same
// bytes.
import { writeFileSync } from 'node:fs'
import { getDictionary } from '../lib/dictionary/load'
import { MORPHOLOGY_FILE, MORPHOLOGY_SIZE_CAP } from '../lib/morphology/format'
import { buildMorphIndex } from '../lib/morphology/build/build'
import { readSources } from '../lib/morphology/build/readSources'
import { encodeMorphology } from '../lib/morphology/file'

const started = performance.now()
const { index, verbs } = buildMorphIndex(readSources(getDictionary().index))
const bytes = encodeMorphology(index)
if (bytes.length > MORPHOLOGY_SIZE_CAP) {
  console.error(
    `${MORPHOLOGY_FILE}: ${bytes.length} bytes is over the cap of ${MORPHOLOGY_SIZE_CAP}`,
  )
  process.exit(1)
}
writeFileSync(MORPHOLOGY_FILE, bytes)
console.log(
  `${MORPHOLOGY_FILE}: ${index.lexemes.length} lexemes, ${Object.keys(index.forms).length} forms, ` +
    `${index.features.length} feature sets, ${bytes.length} bytes ` +
    `(cap ${MORPHOLOGY_SIZE_CAP}); verbs: ${JSON.stringify(verbs)}; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
)
