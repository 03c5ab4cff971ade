import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { DictionaryIndex } from './build'
import { dictionaryOf, type Dictionary } from './dictionary'
import { DICTIONARY_FILE } from './files'

let loaded: { index: DictionaryIndex; dictionary: Dictionary } | undefined

/** The committed index, read and unpacked once per process (about 1 s, 150 MB). */
export function getDictionary(root = process.cwd()) {
  if (!loaded) {
    const bytes = readFileSync(path.join(/*turbopackIgnore: true*/ root, DICTIONARY_FILE))
    const index = JSON.parse(gunzipSync(bytes).toString('utf8')) as DictionaryIndex
    loaded = { index, dictionary: dictionaryOf(index) }
  }
  return loaded
}
