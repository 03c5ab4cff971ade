import { describe, expect, it } from 'vitest'
import {
  defaultPrefs,
  nextTextSize,
  nextTheme,
  parsePrefs,
  PREFS_STORAGE_KEY,
  prefsToDataset,
  textSizes,
  themes,
  type Prefs,
  type Theme,
} from '@/lib/prefs/prefs'
import { applyStoredPrefsScript } from '@/lib/prefs/script'
import { shortcutFor, shortcuts, type KeyPress } from '@/lib/prefs/shortcuts'

const custom: Prefs = {
  view: 'hidden',
  swap: true,
  textSize: 'xl',
  theme: 'dark',
  shortcuts: false,
  hoverPopup: false,
  statusMarks: false,
  readingRate: 1.25,
}

describe('parsePrefs', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(parsePrefs(null)).toEqual(defaultPrefs)
    expect(parsePrefs('')).toEqual(defaultPrefs)
  })

  it('returns the defaults for garbage', () => {
    for (const stored of ['{not json', 'undefined', '{"view":', '<html>']) {
      expect(parsePrefs(stored), stored).toEqual(defaultPrefs)
    }
  })

  it('returns the defaults for JSON that is not an object', () => {
    for (const stored of ['[]', '["de", true]', 'null', '42', '"de"', 'true']) {
      expect(parsePrefs(stored), stored).toEqual(defaultPrefs)
    }
  })

  it('round-trips valid preferences', () => {
    expect(parsePrefs(JSON.stringify(custom))).toEqual(custom)
    const other: Prefs = {
      view: 'en',
      swap: false,
      textSize: 's',
      theme: 'light',
      shortcuts: true,
      hoverPopup: true,
      statusMarks: true,
      readingRate: 1,
    }
    expect(parsePrefs(JSON.stringify(other))).toEqual(other)
  })

  it('fills in missing fields with their defaults', () => {
    expect(parsePrefs('{"theme":"dark"}')).toEqual({ ...defaultPrefs, theme: 'dark' })
    expect(parsePrefs('{}')).toEqual(defaultPrefs)
  })

  it('drops unknown fields', () => {
    expect(parsePrefs(JSON.stringify({ ...custom, extra: 1 }))).toEqual(custom)
  })

  it.each([
    ['view', 'german'],
    ['view', 1],
    ['swap', 'true'],
    ['swap', 1],
    ['textSize', 'xxl'],
    ['textSize', null],
    ['theme', 'blue'],
    ['theme', ['dark']],
    ['shortcuts', 'false'],
    ['shortcuts', {}],
    ['readingRate', 2],
    ['readingRate', '1'],
  ] as const)('replaces only a bad %s (%j) with its default', (field, value) => {
    const stored = JSON.stringify({ ...custom, [field]: value })
    expect(parsePrefs(stored)).toEqual({ ...custom, [field]: defaultPrefs[field] })
  })

  it('keeps the good fields when several are bad', () => {
    const stored = JSON.stringify({ view: 'de', swap: 'yes', textSize: 'l', theme: 7 })
    expect(parsePrefs(stored)).toEqual({ ...defaultPrefs, view: 'de', textSize: 'l' })
  })
})

describe('prefsToDataset', () => {
  it('gives the <html> data attributes as strings', () => {
    expect(prefsToDataset(custom)).toEqual({
      view: 'hidden',
      swap: 'true',
      textSize: 'xl',
      theme: 'dark',
      marks: 'false',
    })
  })
})

describe('nextTextSize', () => {
  it('steps through the sizes', () => {
    expect(nextTextSize('s', 1)).toBe('m')
    expect(nextTextSize('m', 1)).toBe('l')
    expect(nextTextSize('l', 1)).toBe('xl')
    expect(nextTextSize('xl', -1)).toBe('l')
    expect(nextTextSize('m', -1)).toBe('s')
  })

  it('clamps at both ends', () => {
    expect(nextTextSize('xl', 1)).toBe('xl')
    expect(nextTextSize('s', -1)).toBe('s')
  })

  it('reaches the ends from anywhere', () => {
    for (const size of textSizes) {
      let up = size
      let down = size
      for (let i = 0; i < textSizes.length + 2; i++) {
        up = nextTextSize(up, 1)
        down = nextTextSize(down, -1)
      }
      expect(up).toBe('xl')
      expect(down).toBe('s')
    }
  })
})

describe('nextTheme', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light')
    expect(nextTheme('light')).toBe('dark')
    expect(nextTheme('dark')).toBe('system')
  })

  it('visits every theme once per cycle', () => {
    const seen: string[] = []
    let theme: Theme = 'system'
    for (let i = 0; i < themes.length; i++) {
      seen.push(theme)
      theme = nextTheme(theme)
    }
    expect(theme).toBe('system')
    expect(seen.sort()).toEqual([...themes].sort())
  })
})

describe('shortcutFor', () => {
  const press = (key: string, changes: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    typing: false,
    ...changes,
  })

  it.each([
    ['b', 'both'],
    ['d', 'de'],
    ['D', 'de'],
    ['e', 'en'],
    ['h', 'hidden'],
    ['x', 'swap'],
    ['r', 'reveal'],
    ['-', 'smaller'],
    ['+', 'larger'],
    ['=', 'larger'],
    ['t', 'theme'],
    ['T', 'theme'],
    ['?', 'help'],
    ['a', 'sentences'],
    ['p', 'readAlong'],
    [',', 'previousSentence'],
    ['.', 'nextSentence'],
    ['<', 'slower'],
    ['>', 'faster'],
  ])('maps %j to %s', (key, action) => {
    expect(shortcutFor(press(key), true)).toBe(action)
  })

  it('ignores keys that are not shortcuts', () => {
    for (const key of ['q', 'z', '1', ' ', 'Enter', 'Escape', 'ArrowDown', 'Shift', 'Control']) {
      expect(shortcutFor(press(key), true), key).toBeUndefined()
    }
  })

  it('ignores key names that only start with a shortcut letter', () => {
    expect(shortcutFor(press('Delete'), true)).toBeUndefined()
    expect(shortcutFor(press('End'), true)).toBeUndefined()
    expect(shortcutFor(press('Backspace'), true)).toBeUndefined()
  })

  it('ignores key presses while the reader types in a field', () => {
    expect(shortcutFor(press('d', { typing: true }), true)).toBeUndefined()
    expect(shortcutFor(press('?', { typing: true }), true)).toBeUndefined()
  })

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('ignores key presses with %s', (modifier) => {
    expect(shortcutFor(press('d', { [modifier]: true }), true)).toBeUndefined()
    expect(shortcutFor(press('+', { [modifier]: true }), true)).toBeUndefined()
  })

  it('ignores everything when shortcuts are disabled', () => {
    for (const { keys } of shortcuts) {
      for (const key of keys) expect(shortcutFor(press(key), false), key).toBeUndefined()
    }
  })

  it('gives every shortcut key exactly one action', () => {
    const keys = shortcuts.flatMap((shortcut) => shortcut.keys)
    expect(new Set(keys).size).toBe(keys.length)
    for (const { keys: ownKeys, action } of shortcuts) {
      for (const key of ownKeys) expect(shortcutFor(press(key), true)).toBe(action)
    }
  })
})

describe('applyStoredPrefsScript', () => {
  const defaults = { view: 'both', swap: 'false', textSize: 'm', theme: 'system' }

  /** Runs the inline script against a fake document and localStorage; returns the dataset. */
  function run(stored: string | null, options: { throwOnRead?: boolean } = {}) {
    const dataset: Record<string, string> = { ...defaults }
    const reads: string[] = []
    const localStorage = {
      getItem(key: string) {
        reads.push(key)
        if (options.throwOnRead) throw new Error('SecurityError: storage is disabled')
        return stored
      },
    }
    const document = { documentElement: { dataset } }
    new Function('document', 'localStorage', applyStoredPrefsScript)(document, localStorage)
    return { dataset, reads }
  }

  it('reads the preferences from their storage key', () => {
    expect(run(null).reads).toEqual([PREFS_STORAGE_KEY])
  })

  it('copies valid stored preferences to the data attributes', () => {
    const { dataset } = run(JSON.stringify(custom))
    expect(dataset).toEqual(prefsToDataset(custom))
    expect(dataset).toEqual({
      view: 'hidden',
      swap: 'true',
      textSize: 'xl',
      theme: 'dark',
      marks: 'false',
    })
  })

  it('sets the same attributes as prefsToDataset for every valid value', () => {
    const prefs: Prefs = {
      view: 'de',
      swap: false,
      textSize: 's',
      theme: 'light',
      shortcuts: true,
      hoverPopup: true,
      statusMarks: true,
      readingRate: 1,
    }
    expect(run(JSON.stringify(prefs)).dataset).toEqual(prefsToDataset(prefs))
  })

  it('leaves the defaults when nothing is stored', () => {
    expect(run(null).dataset).toEqual(defaults)
  })

  it.each(['{not json', 'null', '[]', '42', '"dark"'])(
    'leaves the defaults for corrupted storage %j',
    (stored) => {
      expect(run(stored).dataset).toEqual(defaults)
    },
  )

  it('leaves the defaults when storage cannot be read', () => {
    expect(run(null, { throwOnRead: true }).dataset).toEqual(defaults)
  })

  it('copies only the valid fields of partly bad preferences', () => {
    const stored = JSON.stringify({
      view: 'en',
      swap: 'true',
      textSize: 'huge',
      theme: 'dark',
      shortcuts: 'no',
    })
    expect(run(stored).dataset).toEqual({ ...defaults, view: 'en', theme: 'dark' })
  })

  it('does not copy values that only look like valid ones', () => {
    const stored = JSON.stringify({ view: ['de'], textSize: 'M', theme: 'dark ', swap: 1 })
    expect(run(stored).dataset).toEqual(defaults)
  })
})
