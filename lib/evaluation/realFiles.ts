import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { goldProblems, goldTextSchema, type GoldText } from './realGold'

/** Where the real-text set lives, from the repository root. */
export const REAL_DIR = 'tests/eval/real'

export interface RealText {
  gold: GoldText
  text: string
}

/** The files the freeze covers: every text and gold file, by name. */
export function frozenFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json') || name.endsWith('.txt'))
    .sort()
}

/** SHA-256 over the frozen files' names and bytes, in name order. */
export function realSetHash(dir: string): string {
  const hash = createHash('sha256')
  for (const name of frozenFiles(dir)) {
    hash.update(`${name}\0`)
    hash.update(readFileSync(path.join(dir, name)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** Every gold file with its text, checked against the schema and the text's tokens. */
export function loadRealSet(dir: string): RealText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const gold = goldTextSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8')))
      if (`${gold.id}.gold.json` !== name) throw new Error(`${name}: id is "${gold.id}"`)
      const text = readFileSync(path.join(dir, `${gold.id}.txt`), 'utf8')
      const problems = goldProblems(gold, text)
      if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`)
      return { gold, text }
    })
}
