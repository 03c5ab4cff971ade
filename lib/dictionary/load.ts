import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { DictionaryIndex } from './build'
import { openDictionary } from './file'
import { DICTIONARY_FILE } from './files'

let opened: (ReturnType<typeof openDictionary> & { index: DictionaryIndex }) | undefined

/**
 * The committed index, opened once per process: its header is read (milliseconds) and its
 * shards decoded as lookups reach them. `index` decodes it whole (scripts and tests, seconds).
 */
export function getDictionary(root = process.cwd()) {
  if (!opened) {
    const file = openDictionary(
      readFileSync(path.join(/*turbopackIgnore: true*/ root, DICTIONARY_FILE)),
    )
    let whole: DictionaryIndex | undefined
    opened = {
      ...file,
      get index() {
        return (whole ??= file.whole())
      },
    }
  }
  return opened
}
