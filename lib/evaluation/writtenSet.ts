import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { goldTags, type GoldText } from './realGold'
import type { RealText } from './realFiles'

/** The first evaluation set: three texts written for the project (tests/eval/lemma-gold.json). */
export const WRITTEN_DIR = 'tests/eval'

const writtenSchema = z.object({
  texts: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      tokens: z.array(
        z.object({
          form: z.string().min(1),
          lemma: z.string().min(1),
          pos: z.enum(goldTags),
          alt: z.array(z.string()).min(1).optional(),
        }),
      ),
    }),
  ),
})

/**
 * The written set in the real set's shape, so that one scorer reads both: lemma and part of
 * speech only (it has no glosses and no units).
 */
export function loadWrittenSet(root = process.cwd()): RealText[] {
  const dir = path.join(root, WRITTEN_DIR)
  const { texts } = writtenSchema.parse(
    JSON.parse(readFileSync(path.join(dir, 'lemma-gold.json'), 'utf8')),
  )
  return texts.map((written) => {
    const gold: GoldText = {
      id: written.id,
      title: written.id,
      author: 'Zweiklang',
      year: 2025,
      source: 'https://github.com/zweiklang',
      licence: 'GPL-3.0-or-later',
      kind: 'written for the evaluation',
      spelling: 'modern',
      tokens: written.tokens,
    }
    return { gold, text: readFileSync(path.join(dir, written.file), 'utf8') }
  })
}
