import { z } from 'zod'
import { tokenize } from '@/lib/text/tokenize'

// The gold of the real-text evaluation set (tests/eval/real/<id>.gold.json): every word and
// number token of the text in order, labelled by hand (conventions in tests/eval/real/CONVENTIONS.md).

/** The tags the gold uses: tests/eval/CONVENTIONS.md. */
export const goldTags = [
  'noun',
  'propn',
  'verb',
  'adj',
  'adv',
  'prep',
  'conj',
  'pron',
  'art',
  'num',
  'particle',
  'intj',
  'contraction',
] as const
export type GoldTag = (typeof goldTags)[number]

/** Content words: the tags lemma accuracy is also reported for on its own. */
export const CONTENT_TAGS: readonly GoldTag[] = ['noun', 'propn', 'verb', 'adj', 'adv']
/** Only these carry a gloss (propn and the particle of a unit do not). */
export const GLOSSED_TAGS: readonly GoldTag[] = ['noun', 'verb', 'adj', 'adv']

const goldToken = z
  .object({
    form: z.string().min(1),
    lemma: z.string().min(1),
    pos: z.enum(goldTags),
    unit: z.number().int().positive().optional(),
    gloss: z
      .array(
        z
          .string()
          .min(1)
          .refine((item) => item === item.toLowerCase() && item === item.trim(), {
            message: 'a gloss item is lowercase, without outer spaces',
          }),
      )
      .min(1)
      .max(5)
      .optional(),
    alt: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((token) => !token.gloss || GLOSSED_TAGS.includes(token.pos), {
    message: 'only noun, verb, adj and adv tokens carry a gloss',
  })
  .refine((token) => token.unit === undefined || token.pos === 'verb', {
    message: 'the tokens of a unit are verbs',
  })

export const goldTextSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
    title: z.string().min(1),
    author: z.string().min(1),
    year: z.number().int(),
    source: z.string().url(),
    licence: z.string().min(1),
    kind: z.string().min(1),
    spelling: z.enum(['19th-century', 'pre-1996', 'modern']),
    tokens: z.array(goldToken).min(1),
  })
  .strict()

export type GoldText = z.infer<typeof goldTextSchema>
export type GoldToken = GoldText['tokens'][number]

/** The word and number tokens of a text, with their offsets: what the gold labels, in order. */
export function wordTokens(text: string) {
  return tokenize(text)
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map((token) => ({
      form: token.text,
      start: token.start,
      end: token.start + token.text.length,
    }))
}

/**
 * What is wrong with a gold file beside its text: tokens that are not the text's tokens,
 * units that are not two tokens sharing a lemma, or not numbered 1, 2, … in text order,
 * glosses on a unit's particle. Empty when the gold is sound.
 */
export function goldProblems(gold: GoldText, text: string): string[] {
  const problems: string[] = []
  const words = wordTokens(text)
  if (words.length !== gold.tokens.length)
    problems.push(`${gold.tokens.length} gold tokens, ${words.length} in the text`)
  const at = gold.tokens.findIndex((token, i) => token.form !== words[i]?.form)
  if (at >= 0)
    problems.push(`token ${at}: gold "${gold.tokens[at]!.form}", text "${words[at]?.form}"`)
  const units = new Map<number, number[]>()
  gold.tokens.forEach((token, i) => {
    if (token.unit !== undefined) units.set(token.unit, [...(units.get(token.unit) ?? []), i])
  })
  const order = [...units.keys()]
  order.forEach((unit, i) => {
    if (unit !== i + 1) problems.push(`unit ${unit} is the ${i + 1}. in the text`)
  })
  for (const [unit, members] of units) {
    const tokens = members.map((i) => gold.tokens[i]!)
    if (members.length !== 2) problems.push(`unit ${unit} has ${members.length} tokens`)
    if (new Set(tokens.map((token) => token.lemma)).size !== 1)
      problems.push(`unit ${unit}: the tokens' lemmas differ`)
    if (tokens.filter((token) => token.gloss).length !== 1)
      problems.push(`unit ${unit}: one token (the verb, not the particle) carries the gloss`)
  }
  return problems
}
