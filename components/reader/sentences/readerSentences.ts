import type { Anchors } from '@/lib/alignment/align'
import { dictionaryAnchors } from '@/lib/alignment/anchors'
import { senseWords } from '@/lib/alignment/glossWords'
import { pairSentences, type SentencePairing } from '@/lib/alignment/sentencePairs'
import { popupController } from '@/components/popup/popupRegistry'
import { WORD } from '@/components/popup/wordSpans'
import type { PopupData } from '@/lib/vocabulary/present'

/** The reader's own rows (the text and its notes), not the sentence view's copies of them. */
const ROWS = ':is(#reader-text, .reader-notes)'

export interface BlockSentences {
  pair: number
  pairing: SentencePairing
  /** The `.block-text` elements whose text the pairing's offsets count in. */
  german: HTMLElement
  english?: HTMLElement
}

export interface ReaderSentences {
  /** The article's block pairs in reading order (not its notes). */
  pairs(): number[]
  of(pair: number): BlockSentences | undefined
}

/**
 * The sentences of the reader's block pairs and their links, worked out from the text on the
 * page when first asked for and again when it changes: the same for curated texts, imported
 * texts and books, with nothing sent in the HTML. The aligner's anchors are the English
 * glosses of the block's words' popup entries, once the popup's data is there.
 */
export function readerSentences(root: HTMLElement): ReaderSentences {
  const cache = new WeakMap<
    HTMLElement,
    { de: string; en?: string; anchored: boolean; pairing: SentencePairing }
  >()

  /** The popup's data, once it is there: its entries' glosses are the aligner's anchors. */
  function popupData(): PopupData | undefined {
    const popupId = root.querySelector('.word-popup')?.id
    return popupId ? popupController(popupId)?.data : undefined
  }

  /**
   * Anchors from the glosses of one block's words, all the aligner looks at for its sentences:
   * the words of a whole chapter took 20–35 ms at its first hover.
   */
  function anchorsOf(german: HTMLElement, data: PopupData): Anchors {
    const english = document.documentElement.lang === 'en'
    const glosses = new Map<string, string[]>()
    for (const word of german.querySelectorAll<HTMLElement>(`${WORD}[data-e]`)) {
      const entry = data.entries[Number(word.dataset.e)]
      const gloss = entry?.english ?? (english ? entry?.gloss : undefined)
      const form = word.textContent ?? ''
      if (gloss && !glosses.has(form)) glosses.set(form, senseWords(gloss))
    }
    return dictionaryAnchors((form) => glosses.get(form) ?? [])
  }

  function of(pair: number): BlockSentences | undefined {
    const german = root.querySelector<HTMLElement>(
      `${ROWS} .block.de[data-pair="${pair}"] .block-text`,
    )
    if (!german) return undefined
    const english =
      root.querySelector<HTMLElement>(`${ROWS} .block.en[data-pair="${pair}"] .block-text`) ??
      undefined
    const de = german.textContent ?? ''
    const en = english?.textContent ?? undefined
    // Without English there is nothing to align the sentences with, and no anchors to find.
    const data = en === undefined ? undefined : popupData()
    let known = cache.get(german)
    if (!known || known.de !== de || known.en !== en || known.anchored !== Boolean(data)) {
      const anchors = data && anchorsOf(german, data)
      known = { de, en, anchored: Boolean(data), pairing: pairSentences(de, en, anchors) }
      cache.set(german, known)
    }
    return { pair, pairing: known.pairing, german, english }
  }

  return {
    pairs: () =>
      Array.from(root.querySelectorAll<HTMLElement>('#reader-text .block.de[data-pair]'), (block) =>
        Number(block.dataset.pair),
      ),
    of,
  }
}
