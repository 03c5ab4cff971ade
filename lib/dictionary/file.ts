import { encodeShardFile, openShardFile } from '@/lib/indexFile/shardFile'
import type { DictionaryIndex, IndexEntry } from './build'
import { toEntry, type DictEntry, type Dictionary } from './dictionary'

/** A key's entries without their lemma (the key), and the lemmas it is a listed form of. */
type KeyRecord = [key: string, entries: DropFirst<IndexEntry>[], lemmas: string[]]
type DropFirst<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest]
  ? Rest
  : never

/** The index's bytes on disk (see shardFile): one record per headword or form, sorted. */
export function encodeDictionary(index: DictionaryIndex): Buffer {
  const records = new Map<string, KeyRecord>()
  const recordOf = (key: string) => {
    let record = records.get(key)
    if (!record) {
      record = [key, [], []]
      records.set(key, record)
    }
    return record
  }
  for (const [lemma, ...rest] of index.entries) recordOf(lemma)[1].push(rest)
  for (const [form, lemmas] of Object.entries(index.forms)) recordOf(form)[2] = lemmas
  const sorted = [...records.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return encodeShardFile(
    { source: index.source, licence: index.licence },
    { keys: { records: sorted, keyed: true } },
  )
}

/** The index opened from its bytes. `whole` decodes everything, for scripts that need the index itself. */
export function openDictionary(bytes: Buffer): {
  dictionary: Dictionary
  /** The headwords and forms that start with `prefix` (a phrase's first word and a space). */
  keysStartingWith: (prefix: string) => string[]
  whole: () => DictionaryIndex
} {
  const file = openShardFile(bytes)
  const keys = file.group<KeyRecord>('keys')
  const entries: (readonly DictEntry[] | undefined)[] = []
  const entriesAt = (rank: number) =>
    (entries[rank] ??= keys.record(rank)[1].map((rest) => toEntry([keys.record(rank)[0], ...rest])))
  const none: readonly never[] = []
  return {
    dictionary: {
      entries(lemma) {
        const rank = keys.find(lemma)
        return rank < 0 ? none : entriesAt(rank)
      },
      lemmasOfForm(form) {
        const rank = keys.find(form)
        return rank < 0 ? none : keys.record(rank)[2]
      },
    },
    keysStartingWith: (prefix) => keys.keysStartingWith(prefix),
    whole() {
      const all = keys.all()
      return {
        ...(file.fields as Pick<DictionaryIndex, 'source' | 'licence'>),
        entries: all.flatMap(([lemma, rest]) => rest.map((each): IndexEntry => [lemma, ...each])),
        forms: Object.fromEntries(
          all.filter((record) => record[2].length > 0).map(([key, , lemmas]) => [key, lemmas]),
        ),
      }
    },
  }
}
