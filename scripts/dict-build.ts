// Builds data/dictionary/de-en.shards from Ding's word list (Debian package trans-de-en), then
// the lookup plans worked out ahead with it (data/dictionary/de-plans.shards, see
// lib/analysis/plans). Usage: npm run dict:build [-- /path/to/de-en]; `-- --plans` builds the
// plans alone (after a change to the analysis, the lexicon or the curated vocabulary).
// Same input, same bytes.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { buildPlansFile } from '../lib/analysis/plans/build'
import { PLANS_FILE, PLANS_SIZE_CAP } from '../lib/analysis/plans/file'
import { buildIndex } from '../lib/dictionary/build'
import { encodeDictionary } from '../lib/dictionary/file'
import { DICTIONARY_FILE, DICTIONARY_SIZE_CAP } from '../lib/dictionary/files'
import { subtlexFrequency } from '../lib/dictionary/subtlex'

const MB = 1024 * 1024

/** Writes `bytes` to `file` unless they are over `cap`. */
function write(file: string, bytes: Buffer, cap: number, what: string) {
  if (bytes.length > cap) {
    console.error(`${file}: ${bytes.length} bytes is over the cap of ${cap}`)
    process.exit(1)
  }
  writeFileSync(file, bytes)
  console.log(`${file}: ${what}, ${(statSync(file).size / MB).toFixed(2)} MB (cap ${cap / MB} MB)`)
}

if (process.argv[2] !== '--plans') {
  const source = process.argv[2] ?? '/usr/share/trans/de-en'
  let text: string
  try {
    text = readFileSync(source, 'utf8')
  } catch {
    console.error(
      `${source}: not found. Install Debian's trans-de-en (apt-get install trans-de-en).`,
    )
    process.exit(1)
  }
  const index = buildIndex(text, subtlexFrequency())
  // Shards deflated without a header (no time stamp): the bytes depend on the content alone.
  write(
    DICTIONARY_FILE,
    encodeDictionary(index),
    DICTIONARY_SIZE_CAP,
    `${index.entries.length} headwords, ${Object.keys(index.forms).length} forms`,
  )
}
// Worked out with the dictionary just written: nothing has opened it before in this process.
const plans = buildPlansFile()
write(PLANS_FILE, plans.bytes, PLANS_SIZE_CAP, `${plans.words} words planned`)
