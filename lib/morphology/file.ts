import { encodeShardFile, openShardFile } from '@/lib/indexFile/shardFile'
import { FEATURE_RADIX, type Lexeme, type MorphIndex, type MorphTable } from './format'

type FormRecord = [form: string, packed: number[]]

const byKey = (a: FormRecord, b: FormRecord) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

/** The index's bytes on disk (see shardFile): same index, same bytes. */
export function encodeMorphology(index: MorphIndex): Buffer {
  const { source, licence, features, radix } = index
  return encodeShardFile(
    { source, licence, features, ...(radix === undefined ? {} : { radix }) },
    {
      forms: { records: (Object.entries(index.forms) as FormRecord[]).sort(byKey), keyed: true },
      lexemes: { records: index.lexemes, keyed: false },
    },
  )
}

/** The index opened from its bytes: its header read, its forms and lexemes decoded as asked. */
export function openMorphology(bytes: Buffer): { table: MorphTable; whole: () => MorphIndex } {
  const file = openShardFile(bytes)
  const { source, licence, features, radix } = file.fields as Pick<
    MorphIndex,
    'source' | 'licence' | 'features' | 'radix'
  >
  const forms = file.group<FormRecord>('forms')
  const lexemes = file.group<Lexeme>('lexemes')
  return {
    table: {
      source,
      licence,
      radix: radix ?? FEATURE_RADIX,
      find: (form) => forms.find(form),
      packedAt: (rank) => forms.record(rank)[1],
      lexeme: (id) => lexemes.record(id),
      featureSet: (id) => features[id]!,
    },
    whole: () => ({
      source,
      licence,
      lexemes: lexemes.all(),
      features,
      forms: Object.fromEntries(forms.all()),
      ...(radix === undefined ? {} : { radix }),
    }),
  }
}
