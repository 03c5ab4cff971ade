import type { BlockPart } from '@/lib/vocabulary/match'
import type { BlockWords } from '@/lib/vocabulary/present'

/** Joins neighbouring plain runs of the same language so React emits one text node. */
export function mergePlain(parts: readonly BlockPart[]): BlockPart[] {
  const merged: BlockPart[] = []
  for (const part of parts) {
    const last = merged[merged.length - 1]
    if (part.kind === 'plain' && last?.kind === 'plain' && last.lang === part.lang) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text }
    } else merged.push(part)
  }
  return merged
}

interface GermanTextProps {
  words: BlockWords
  /** This block holds the reader's one tab stop, on its first word (roving tabindex). */
  tabStop: boolean
  popupId: string
}

/**
 * The German words as spans that name their entry, their analysis and their units; the
 * popup reads these attributes, so no word needs a component or a listener of its own.
 */
export function GermanText({ words, tabStop, popupId }: GermanTextProps) {
  let stopPlaced = !tabStop
  return mergePlain(words.block.parts).map((part, index) => {
    if (part.kind === 'plain') {
      return part.lang ? (
        <span key={index} lang={part.lang}>
          {part.text}
        </span>
      ) : (
        part.text
      )
    }
    const ref = words.refOf(part.index)
    if (!ref) return part.text
    const stop = !stopPlaced
    stopPlaced = true
    // Only the attributes a word has: ~1,000 spans go into both the HTML and the RSC payload,
    // and a curated page's spans none (its popup's data brings them).
    const attributes: Record<string, string | number> = {}
    if (!words.refsInPopupData) {
      attributes['data-e'] = ref.entry
      if (ref.morph !== undefined) attributes['data-m'] = ref.morph
      if (ref.units.length) attributes['data-u'] = ref.units.join(' ')
      if (ref.alternative !== undefined) attributes['data-a'] = ref.alternative
    }
    if (stop) {
      Object.assign(attributes, {
        tabIndex: 0,
        role: 'button',
        'aria-haspopup': 'dialog',
        'aria-controls': popupId,
      })
    }
    return (
      <span key={index} className="w" {...attributes}>
        {part.text}
      </span>
    )
  })
}
