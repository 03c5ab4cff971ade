import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIndex, type DictionaryIndex } from '@/lib/dictionary/build'
import { encodeDictionary, openDictionary } from '@/lib/dictionary/file'
import { DICTIONARY_FILE } from '@/lib/dictionary/files'
import { subtlexFrequency } from '@/lib/dictionary/subtlex'
import { SHARD_RECORDS, encodeShardFile, openShardFile } from '@/lib/indexFile/shardFile'
import { encodeMorphology, openMorphology } from '@/lib/morphology/file'
import type { MorphIndex } from '@/lib/morphology/format'

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const DING_SOURCE = '/usr/share/trans/de-en'
const REGENERATION_TIMEOUT_MS = 5 * 60 * 1000

const dictionary: DictionaryIndex = {
  source: 'test',
  licence: 'GPL-2.0-or-later',
  entries: [
    ['Haus', 'noun', 'n', 'Häuser', ['house']],
    ['gehen', 'verb', '', '', ['to go', 'to walk']],
    ['Öl', 'noun', 'n', 'Öle', ['oil']],
    ['Öl', 'noun', 'n', '', ['petroleum']],
  ],
  forms: { Häuser: ['Haus'], ging: ['gehen'], 'ging ein': ['eingehen'] },
}

const lexicon: MorphIndex = {
  source: 'test',
  licence: 'CC BY-SA 4.0',
  lexemes: [
    ['gehen', 'verb', '', ''],
    ['Haus', 'noun', 'n', ''],
  ],
  features: ['', '1.sg.pret 3.sg.pret'],
  forms: { Haus: [8192], Häuser: [8192], ging: [2] },
}

describe('the shard file format', () => {
  it('finds each key among thousands and numbers records in key order', () => {
    const records = Array.from({ length: 3 * SHARD_RECORDS + 7 }, (_, i) => [
      `key${String(i).padStart(5, '0')}`,
      i,
    ])
    const file = openShardFile(encodeShardFile({ name: 'x' }, { keys: { records, keyed: true } }))
    const keys = file.group<[string, number]>('keys')
    expect(file.fields).toEqual({ name: 'x' })
    for (const i of [0, 1, SHARD_RECORDS - 1, SHARD_RECORDS, 3 * SHARD_RECORDS + 6]) {
      expect(keys.find(`key${String(i).padStart(5, '0')}`)).toBe(i)
      expect(keys.record(i)[1]).toBe(i)
    }
    expect(keys.find('key')).toBe(-1)
    expect(keys.find('a')).toBe(-1)
    expect(keys.find('zzz')).toBe(-1)
    expect(keys.all()).toEqual(records)
  })

  it('lists the keys that start with a prefix, across shards, and none where none does', () => {
    const records = Array.from({ length: 3 * SHARD_RECORDS + 7 }, (_, i) => [
      `key${String(i).padStart(5, '0')}`,
    ])
    const keys = openShardFile(encodeShardFile({}, { keys: { records, keyed: true } })).group<
      [string]
    >('keys')
    // key00200 to key00299 run over the first shard's end (key00255) into the second.
    expect(keys.keysStartingWith('key002')).toEqual(records.slice(200, 300).map(([key]) => key))
    expect(keys.keysStartingWith('key0077')).toEqual(records.slice(770, 775).map(([key]) => key))
    expect(keys.keysStartingWith('key00000')).toEqual(['key00000'])
    expect(keys.keysStartingWith('a')).toEqual([])
    expect(keys.keysStartingWith('key1')).toEqual([])
    expect(keys.keysStartingWith('zzz')).toEqual([])
  })

  it('reads records whose strings hold brackets, quotes and escapes, each as written', () => {
    const records = [
      ['a"b', ['[x]', '"]["'], 1],
      ['a\\b', [], [[['\\']]]],
      ['a\\"', ['\\\\', 'ü€'], 2],
      ['b', ['\\"]', { '[': ']' }], 3],
    ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1))
    const keys = openShardFile(encodeShardFile({}, { keys: { records, keyed: true } })).group<
      unknown[]
    >('keys')
    records.forEach((record, i) => {
      expect(keys.find(record[0] as string)).toBe(i)
      expect(keys.record(i)).toEqual(record)
    })
    expect(keys.keysStartingWith('a')).toEqual(records.slice(0, 3).map(([key]) => key))
    expect(keys.all()).toEqual(records)
  })

  it('gives a dictionary back exactly, entries by lemma and forms by form', () => {
    const bytes = encodeDictionary(dictionary)
    expect(encodeDictionary(structuredClone(dictionary)).equals(bytes)).toBe(true)
    const opened = openDictionary(bytes)
    expect(JSON.stringify(opened.whole())).toBe(JSON.stringify(dictionary))
    expect(opened.dictionary.entries('Öl').map((entry) => entry.senses)).toEqual([
      ['oil'],
      ['petroleum'],
    ])
    expect(opened.dictionary.lemmasOfForm('ging ein')).toEqual(['eingehen'])
  })

  it('gives a lexicon back exactly', () => {
    const opened = openMorphology(encodeMorphology(lexicon))
    expect(JSON.stringify(opened.whole())).toBe(JSON.stringify(lexicon))
    expect(opened.table.packedAt(opened.table.find('ging'))).toEqual([2])
    expect(opened.table.find('gehen')).toBe(-1)
  })

  it('holds the committed dictionary as the format writes it', () => {
    const bytes = readFileSync(DICTIONARY_FILE)
    expect(encodeDictionary(openDictionary(bytes).whole()).equals(bytes)).toBe(true)
  }, 120_000)
})

// SLOW, OFF BY DEFAULT (about 20 s of CPU, needs Debian's trans-de-en): rebuilds the dictionary
// from Ding's list and checks it is byte for byte the committed file. Run it after changing
// lib/dictionary/build or the source:  DICT_REGENERATE=1 npx vitest run tests/unit/indexFiles.test.ts
describe.skipIf(process.env.DICT_REGENERATE !== '1')('regenerating the dictionary', () => {
  it(
    'gives the committed bytes (npm run dict:build writes them)',
    () => {
      expect(existsSync(DING_SOURCE)).toBe(true)
      const index = buildIndex(readFileSync(DING_SOURCE, 'utf8'), subtlexFrequency())
      expect(sha256(encodeDictionary(index))).toBe(sha256(readFileSync(DICTIONARY_FILE)))
    },
    REGENERATION_TIMEOUT_MS,
  )
})
