import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { namespaces, vocabularyNS } from '@/i18n/settings'

type Messages = { [key: string]: string | Messages }

function readLocale(language: string, namespace: string): Messages {
  const file = path.join(process.cwd(), 'locales', language, `${namespace}.json`)
  return JSON.parse(readFileSync(file, 'utf8')) as Messages
}

/** `{ a: { b: 'x' } }` becomes `{ 'a.b': 'x' }`. Anything that is not a string or object is kept
 * as is, so a test can reject it. */
function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, text] of flatten(value, name)) flat.set(inner, text)
    } else {
      flat.set(name, value)
    }
  }
  return flat
}

/** The names of `{{name}}` and `{{name, format}}` placeholders. */
function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort()
}

describe('flatten and placeholders (test helpers)', () => {
  it('flattens nested messages to dotted keys', () => {
    expect([...flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })]).toEqual([
      ['a.b', 'x'],
      ['a.c.d', 'y'],
      ['e', 'z'],
    ])
  })

  it('finds placeholder names with and without a format', () => {
    expect(placeholders('{{count, number}} of {{ total }} by {{name}}')).toEqual([
      'count',
      'name',
      'total',
    ])
    expect(placeholders('no placeholders, {single} braces')).toEqual([])
  })
})

/**
 * Every namespace of interface strings, with the keys that are rightly the same in both
 * languages: names, German articles, words German shares with English, and templates that are
 * only placeholders and symbols.
 */
const identicalByNamespace: Record<string, string[]> = {
  common: [
    'controls.themeSystem',
    'offline.version',
    'popup.form',
    'site.name',
    'vocab.articles.f',
    'vocab.articles.m',
    'vocab.articles.n',
    'vocab.articles.pl',
    'vocab.contraction',
    'vocab.governs',
  ],
  learning: ['reader.statusOf'],
  storage: [],
  words: ['exportAnki', 'source', 'status', 'statusChanged', 'text'],
  review: ['lessThan'],
  import: ['align.actionName'],
  library: [],
  mine: [],
  books: ['import.where', 'translation.option'],
  sync: [],
}

describe('every namespace is listed here', () => {
  it('as the settings list them, vocabulary apart', () => {
    expect(Object.keys(identicalByNamespace).sort()).toEqual(
      namespaces.filter((ns) => ns !== vocabularyNS).sort(),
    )
  })
})

describe.each(Object.entries(identicalByNamespace))(
  'locales/en/%s.json and locales/de/%s.json',
  (namespace, identical) => {
    const en = flatten(readLocale('en', namespace))
    const de = flatten(readLocale('de', namespace))

    it('are not empty', () => {
      expect(en.size).toBeGreaterThan(0)
      expect(de.size).toBeGreaterThan(0)
    })

    it('have exactly the same keys', () => {
      const missing = {
        'missing in de': [...en.keys()].filter((key) => !de.has(key)),
        'missing in en': [...de.keys()].filter((key) => !en.has(key)),
      }
      expect(missing).toEqual({ 'missing in de': [], 'missing in en': [] })
    })

    it.each([
      ['en', en],
      ['de', de],
    ])('%s has only non-empty strings', (_, messages) => {
      const bad = [...messages]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      expect(bad).toEqual([])
    })

    it('use the same placeholders for the same key', () => {
      const mismatches: string[] = []
      for (const [key, english] of en) {
        const german = de.get(key)
        if (typeof english !== 'string' || typeof german !== 'string') continue
        const inEnglish = placeholders(english)
        const inGerman = placeholders(german)
        for (const name of inEnglish) {
          if (!inGerman.includes(name)) mismatches.push(`${key}: {{${name}}} missing in de`)
        }
        for (const name of inGerman) {
          if (!inEnglish.includes(name)) mismatches.push(`${key}: {{${name}}} missing in en`)
        }
      }
      expect(mismatches).toEqual([])
    })

    it('do not leave German text untranslated in English or the other way round', () => {
      const same = [...en].filter(([key, value]) => value === de.get(key)).map(([key]) => key)
      expect(same.sort()).toEqual(identical)
    })
  },
)

describe('locales/{en,de}/errors.json', () => {
  it('have the same keys, all translated', () => {
    const read = (lng: string) =>
      JSON.parse(readFileSync(path.join('locales', lng, 'errors.json'), 'utf8')) as Record<
        string,
        string
      >
    const [errorsEn, errorsDe] = [read('en'), read('de')]
    expect(Object.keys(errorsDe).sort()).toEqual(Object.keys(errorsEn).sort())
    for (const key of Object.keys(errorsEn)) expect(errorsDe[key]).not.toBe(errorsEn[key])
  })
})
