import { LearningDb } from './db'
import { guarded } from './storageError'
import { logChanges, syncLogTables } from './syncLog'
import { textsTable } from '@/lib/sync/registry'
import type { ImportBlock } from '@/lib/import/blocks'
import { importedTextSchema, type SharedText } from '@/lib/import/shared'
import { importedTextRecord, type NewImportedText } from '@/lib/import/record'
import type { ImportedText } from '@/lib/import/types'

const sameBlocks = (a: readonly ImportBlock[] = [], b: readonly ImportBlock[] = []) =>
  a.length === b.length &&
  a.every((block, i) => block.kind === b[i]!.kind && block.text === b[i]!.text)

/** The reader's imported texts, in the same local database as their words. */
export class TextStore {
  constructor(readonly db: LearningDb = new LearningDb()) {}

  /** Writes (or, with undefined, deletes) a text and logs the change for sync, in one transaction. */
  private write(
    id: string,
    change: (before: ImportedText | undefined) => ImportedText | undefined,
    now: number,
  ) {
    return this.db.transaction('rw', [this.db.texts, ...syncLogTables(this.db)], async () => {
      const before = await this.db.texts.get(id)
      const after = change(before)
      if (after === before) return before
      if (after) await this.db.texts.put(after)
      else await this.db.texts.delete(id)
      await logChanges(this.db, textsTable, [{ key: id, before, after }], now)
      return after
    })
  }

  async add(text: NewImportedText, now = Date.now()): Promise<ImportedText> {
    const record = importedTextRecord(text, now)
    await guarded(() => this.write(record.id, () => record, now))
    return record
  }

  /** Readable texts, newest first; a record that fails validation is left where it is. */
  async list(): Promise<{ texts: ImportedText[]; unreadable: number }> {
    return guarded(async () => {
      // All rows, not the updatedAt index: a broken record may lack the field and must be counted.
      const rows = await this.db.texts.toArray()
      const texts = rows
        .filter((row) => importedTextSchema.safeParse(row).success)
        .sort((a, b) => b.updatedAt - a.updatedAt)
      return { texts, unreadable: rows.length - texts.length }
    })
  }

  async get(id: string): Promise<ImportedText | undefined> {
    return guarded(async () => {
      const row = await this.db.texts.get(id)
      return row && importedTextSchema.safeParse(row).success ? row : undefined
    })
  }

  async remove(id: string, now = Date.now()) {
    await guarded(() => this.write(id, () => undefined, now))
  }

  /** Puts back a removed text exactly as it was (its id, dates and corrections): an undo. */
  async restore(text: ImportedText, now = Date.now()) {
    await guarded(() => this.write(text.id, () => text, now))
  }

  /** Keeps the reader's gloss for an entry of this text; an empty one goes back to the dictionary's. */
  async setCorrection(id: string, key: string, gloss: string, now = Date.now()) {
    await guarded(() =>
      this.write(
        id,
        (text) => {
          if (!text) return text
          const corrections = { ...text.corrections }
          if (gloss.trim()) corrections[key] = gloss.trim()
          else delete corrections[key]
          return { ...text, corrections, updatedAt: now }
        },
        now,
      ),
    )
  }

  /**
   * Keeps one block's translation: made on the device (`machine`), or edited by the reader,
   * which marks the block as theirs. Blocks are translated in order, so a machine block is
   * the next one.
   */
  async setTranslatedBlock(
    id: string,
    index: number,
    english: string,
    by: 'machine' | 'reader',
    now = Date.now(),
  ): Promise<ImportedText | undefined> {
    return guarded(() =>
      this.write(
        id,
        (text) => {
          const german = text?.de[index]
          if (!text || !german || !english.trim()) return text
          const en = [...(text.en ?? [])]
          if (index > en.length) return text
          en[index] = { kind: german.kind, text: english.trim() }
          const edited = new Set(text.translation?.edited ?? [])
          if (by === 'reader') edited.add(index)
          const updated: ImportedText = {
            ...text,
            en,
            ...(text.translation || by === 'machine'
              ? {
                  translation: {
                    by: 'machine' as const,
                    edited: [...edited].sort((a, b) => a - b),
                  },
                }
              : {}),
            updatedAt: now,
          }
          return updated
        },
        now,
      ),
    )
  }

  /**
   * Adds a shared text. The same text imported again is not duplicated: its corrections are
   * merged into the copy already here.
   */
  async importShared(shared: SharedText, now = Date.now()): Promise<ImportedText> {
    const { texts } = await this.list()
    const same = texts.find(
      (text) =>
        text.title === shared.title &&
        sameBlocks(text.de, shared.de) &&
        sameBlocks(text.en, shared.en),
    )
    if (!same) {
      const added = await this.add(shared, now)
      if (!shared.translation) return added
      const withSource = { ...added, translation: shared.translation }
      await guarded(() => this.write(added.id, () => withSource, now))
      return withSource
    }
    const merged = {
      ...same,
      corrections: { ...same.corrections, ...shared.corrections },
      updatedAt: now,
    }
    await guarded(() => this.write(same.id, () => merged, now))
    return merged
  }
}
