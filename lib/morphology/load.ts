import { readFileSync } from 'node:fs'
import path from 'node:path'
import { openMorphology } from './file'
import { MORPHOLOGY_FILE, type MorphIndex, type MorphTable } from './format'
import { morphologyOfTable, type Morphology } from './morphology'

let opened: { table: MorphTable; morphology: Morphology; index: MorphIndex } | undefined

/**
 * The committed index (Node only: server and scripts), opened once per process: its header is
 * read and its shards decoded as lookups reach them. `index` decodes it whole (scripts, tests).
 */
export function getMorphology(root = process.cwd()) {
  if (!opened) {
    const file = openMorphology(
      readFileSync(path.join(/*turbopackIgnore: true*/ root, MORPHOLOGY_FILE)),
    )
    let whole: MorphIndex | undefined
    opened = {
      table: file.table,
      morphology: morphologyOfTable(file.table),
      get index() {
        return (whole ??= file.whole())
      },
    }
  }
  return opened
}
