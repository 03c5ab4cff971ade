import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { MORPHOLOGY_FILE, type MorphIndex } from './format'
import { morphologyOf, type Morphology } from './morphology'

let loaded: { index: MorphIndex; morphology: Morphology } | undefined

/** The committed index (Node only: server and scripts), read and unpacked once per process. */
export function getMorphology(root = process.cwd()) {
  if (!loaded) {
    const bytes = readFileSync(path.join(/*turbopackIgnore: true*/ root, MORPHOLOGY_FILE))
    const index = JSON.parse(gunzipSync(bytes).toString('utf8')) as MorphIndex
    loaded = { index, morphology: morphologyOf(index) }
  }
  return loaded
}
