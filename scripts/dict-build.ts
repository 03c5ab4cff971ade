// Builds data/dictionary/de-en.shards from Ding's word list (Debian package trans-de-en).
// Usage: npm run dict:build [-- /path/to/de-en]    Same input, same bytes.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { buildIndex } from '../lib/dictionary/build'
import { encodeDictionary } from '../lib/dictionary/file'
import { DICTIONARY_FILE, DICTIONARY_SIZE_CAP } from '../lib/dictionary/files'
import { subtlexFrequency } from '../lib/dictionary/subtlex'

const source = process.argv[2] ?? '/usr/share/trans/de-en'
let text: string
try {
  text = readFileSync(source, 'utf8')
} catch {
  console.error(`${source}: not found. Install Debian's trans-de-en (apt-get install trans-de-en).`)
  process.exit(1)
}
const index = buildIndex(text, subtlexFrequency())
// Shards deflated without a header (no time stamp): the bytes depend on the content alone.
const bytes = encodeDictionary(index)
if (bytes.length > DICTIONARY_SIZE_CAP) {
  console.error(
    `${DICTIONARY_FILE}: ${bytes.length} bytes is over the cap of ${DICTIONARY_SIZE_CAP}`,
  )
  process.exit(1)
}
writeFileSync(DICTIONARY_FILE, bytes)
console.log(
  `${DICTIONARY_FILE}: ${index.entries.length} headwords, ${Object.keys(index.forms).length} forms, ` +
    `${(statSync(DICTIONARY_FILE).size / 1024 / 1024).toFixed(2)} MB (cap ${DICTIONARY_SIZE_CAP / 1024 / 1024} MB)`,
)
