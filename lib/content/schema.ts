import { z } from 'zod'

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

const text = z.string().trim().min(1)

export const germanMetaSchema = z.strictObject({
  title: text,
  level: z.enum(cefrLevels),
  source: text,
  sourceUrl: z.url().optional(),
  date: z.iso.date(),
  licence: text,
})

export const englishMetaSchema = z.strictObject({
  title: text,
  translator: text,
  licence: text,
})

export type GermanMeta = z.infer<typeof germanMetaSchema>
export type EnglishMeta = z.infer<typeof englishMetaSchema>
