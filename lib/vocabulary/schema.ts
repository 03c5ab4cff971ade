import { z } from 'zod'
import { genders, partsOfSpeech } from './grammar'
import { unknownMorphFeatures } from './morph'

const text = z.string().trim().min(1)
const nfc = text.refine((value) => value === value.normalize('NFC'), 'is not NFC')

/** Case codes, alone or after a fixed preposition: `dat`, `acc`, `auf+acc`. */
const governed = z
  .string()
  .regex(/^(?:[a-zäöüß]+\+)?(?:nom|acc|dat|gen)$/, 'must be a case code like "dat" or "auf+acc"')

/** One entry of `locales/{lng}/vocabulary.json`: grammar (the same in every language) and text. */
export const entrySchema = z
  .strictObject({
    pos: z.enum(partsOfSpeech),
    gender: z.enum(genders).optional(),
    genitive: nfc.optional(),
    plural: nfc.nullable().optional(),
    principalParts: z.tuple([nfc, nfc, nfc, nfc]).optional(),
    separable: z.boolean().optional(),
    reflexive: z.boolean().optional(),
    governs: z.array(governed).min(1).optional(),
    contraction: z.tuple([nfc, nfc]).optional(),
    compound: z
      .array(z.strictObject({ part: nfc, gloss: nfc }))
      .min(2)
      .optional(),
    gloss: nfc,
    note: nfc.optional(),
    example: nfc.optional(),
  })
  .superRefine((entry, ctx) => {
    const need = (field: keyof typeof entry, why: string) => {
      if (entry[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: why })
    }
    if (entry.pos === 'noun') {
      need('gender', 'is required for a noun')
      need('plural', 'is required for a noun (null when there is none)')
      if (entry.gender !== 'pl') need('genitive', 'is required for a noun')
    }
    if (entry.pos === 'verb') need('principalParts', 'is required for a verb')
    if (entry.pos === 'contraction') need('contraction', 'is required for a contraction')
  })
export type Entry = z.infer<typeof entrySchema>

/** Fields that describe the German word and so must agree between language files. */
export const grammarFields = [
  'pos',
  'gender',
  'genitive',
  'plural',
  'principalParts',
  'separable',
  'reflexive',
  'governs',
  'contraction',
] as const satisfies readonly (keyof Entry)[]

export const vocabularyFileSchema = z.record(nfc, entrySchema)
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>

const morphCode = z.string().superRefine((code, ctx) => {
  const unknown = unknownMorphFeatures(code)
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `unknown feature "${unknown.join('", "')}"` })
  }
})

export const analysisSchema = z.strictObject({
  lemma: nfc,
  morph: z.union([morphCode, z.array(morphCode).min(1)]).optional(),
})
export type RawAnalysis = z.infer<typeof analysisSchema>

/** `content/lexicon.json`: inflected forms and phrase patterns, shared by every text. */
export const lexiconFileSchema = z.strictObject({
  forms: z.record(nfc, z.array(analysisSchema).min(1)),
  phrases: z.array(z.strictObject({ entry: nfc, tokens: z.array(nfc).min(2) })),
})
export type LexiconFile = z.infer<typeof lexiconFileSchema>

/** A token of one block as an annotation names it: `die` or `die@2` for its 2nd occurrence. */
const tokenRef = z.string().regex(/^[^@\s]+(?:@[1-9]\d*)?$/, 'must be "word" or "word@n"')

/** `content/{slug}/vocabulary.json`: choices for one text where matching is ambiguous. */
export const annotationsFileSchema = z.strictObject({
  senses: z.array(
    z.strictObject({
      block: z.number().int().positive(),
      token: tokenRef,
      entry: nfc,
      morph: morphCode.optional(),
    }),
  ),
  units: z.array(
    z.strictObject({
      block: z.number().int().positive(),
      tokens: z.array(tokenRef).min(2),
      entry: nfc,
    }),
  ),
})
export type AnnotationsFile = z.infer<typeof annotationsFileSchema>

/**
 * `content/{slug}/notes.{lng}.json`: what an entry means in this one text, in one interface
 * language ("Here: history.", who a first name belongs to, an example quoted from the text),
 * by entry key. The popup of that text shows it under the entry's general explanation.
 */
export const textNotesFileSchema = z.record(nfc, nfc)
export type TextNotesFile = z.infer<typeof textNotesFileSchema>
