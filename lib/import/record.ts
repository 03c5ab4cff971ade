import type { ImportBlock } from './blocks'
import type { ImportedText } from './types'

/** What a new imported text is made of: its title and blocks, and any gloss corrections. */
export interface NewImportedText {
  title: string
  de: ImportBlock[]
  en?: ImportBlock[]
  corrections?: Record<string, string>
}

/** The stored record of a text imported at `now`: a new id, no English blocks kept if none. */
export function importedTextRecord(text: NewImportedText, now: number): ImportedText {
  return {
    id: crypto.randomUUID(),
    title: text.title,
    de: text.de,
    ...(text.en?.length ? { en: text.en } : {}),
    corrections: text.corrections ?? {},
    createdAt: now,
    updatedAt: now,
  }
}
