export type WordAction = 'save' | 'known' | 'ignore'
export type ShortcutAction =
  | 'both'
  | 'de'
  | 'en'
  | 'hidden'
  | 'sentences'
  | 'swap'
  | 'reveal'
  | 'smaller'
  | 'larger'
  | 'theme'
  | 'help'
  | ChapterStep
  | WordAction
  | ReadAlongAction
/** Read-along: play or pause, the sentence before or after, slower or faster. */
export type ReadAlongAction =
  'readAlong' | 'previousSentence' | 'nextSentence' | 'slower' | 'faster'
/** Moving through a book's chapters. */
export type ChapterStep = 'previousChapter' | 'nextChapter'

/** Single-key shortcuts, in the order the help dialog lists them. */
export const shortcuts: ReadonlyArray<{ keys: readonly string[]; action: ShortcutAction }> = [
  { keys: ['b'], action: 'both' },
  { keys: ['d'], action: 'de' },
  { keys: ['e'], action: 'en' },
  { keys: ['h'], action: 'hidden' },
  { keys: ['a'], action: 'sentences' },
  { keys: ['x'], action: 'swap' },
  { keys: ['r'], action: 'reveal' },
  { keys: ['-'], action: 'smaller' },
  { keys: ['+', '='], action: 'larger' },
  { keys: ['t'], action: 'theme' },
  { keys: ['?'], action: 'help' },
  // In a book: the keys that page back and forth in many e-book readers.
  { keys: ['['], action: 'previousChapter' },
  { keys: [']'], action: 'nextChapter' },
  // Read-along, with the keys media players use to step and to change speed.
  { keys: ['p'], action: 'readAlong' },
  { keys: [','], action: 'previousSentence' },
  { keys: ['.'], action: 'nextSentence' },
  { keys: ['<'], action: 'slower' },
  { keys: ['>'], action: 'faster' },
  // These act on the word whose popup is open.
  { keys: ['s'], action: 'save' },
  { keys: ['k'], action: 'known' },
  { keys: ['i'], action: 'ignore' },
]

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  /** True while focus is in a text field, a select or an editable region. */
  typing: boolean
}

/** The action a key press asks for, or undefined when it is not a shortcut here and now. */
export function shortcutFor(press: KeyPress, enabled: boolean): ShortcutAction | undefined {
  if (!enabled || press.typing || press.ctrlKey || press.metaKey || press.altKey) return undefined
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  return shortcuts.find((shortcut) => shortcut.keys.includes(key))?.action
}

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  }
  return false
}
