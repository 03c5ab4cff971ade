import type { WordRef } from '@/lib/vocabulary/present'
import { inSlices } from '@/components/shared/inSlices'

/** The reader's German words: every one is a span of this class with its data attributes. */
export const WORD = '.w'

/**
 * Sent on the reader's root when the words shown change (the sentence-by-sentence view, made
 * of copies of the words, is shown or hidden), so lists of them are made again.
 */
export const WORDS_CHANGED = 'reader-words-changed'

/**
 * Words given their attributes in one slice (see applyWordRefs): the seed article's 1,042
 * words took 3-17 ms in one task as a page loads here, up to 70 ms at a phone's 4× slowdown.
 */
const REF_SLICE_WORDS = 250

/**
 * Gives a curated page's word spans the data attributes its HTML leaves out, from its popup's
 * data (the references in span order), a slice at a time (see inSlices). False when they do
 * not fit, as a page and data of two builds would not: then no word is given any.
 */
export async function applyWordRefs(root: HTMLElement, refs: readonly WordRef[]): Promise<boolean> {
  const spans = root.querySelectorAll<HTMLElement>(WORD)
  if (spans.length !== refs.length) return false
  return inSlices(refs, REF_SLICE_WORDS, (ref, at) => {
    const { dataset } = spans[at]!
    dataset.e = String(ref.entry)
    if (ref.morph !== undefined) dataset.m = String(ref.morph)
    if (ref.units.length) dataset.u = ref.units.join(' ')
    if (ref.alternative !== undefined) dataset.a = String(ref.alternative)
  })
}

/** The word an event happened on, if it is one of this reader's. */
export function wordAt(root: HTMLElement, target: EventTarget | null): HTMLElement | undefined {
  const word = target instanceof Element ? target.closest<HTMLElement>(WORD) : null
  return word && root.contains(word) ? word : undefined
}

/**
 * What holds all the words of a word's block as the page shows them: the block itself, or in
 * the sentence-by-sentence view the group of that block's sentences. A separable verb's or a
 * phrase's words are always in one block, so they are found here without asking the browser
 * which copies are shown (the sentence view copies the words of the rows it hides), which
 * would lay the page out in the middle of building the popup.
 */
export function wordsOfBlock(root: HTMLElement, word: HTMLElement): HTMLElement {
  return word.closest<HTMLElement>('.sv-pair') ?? word.closest<HTMLElement>('.block') ?? root
}
