import type { ImportBlock } from './blocks'

/**
 * The alignment editor's operations on one side's blocks. Each returns a new list; none
 * loses text: merging joins with a space, splitting keeps both halves, moving reorders.
 */
export function mergeWithNext(blocks: readonly ImportBlock[], index: number): ImportBlock[] {
  const first = blocks[index]
  const second = blocks[index + 1]
  if (!first || !second) return [...blocks]
  // An empty slot (a book's German block with no English) takes the next block's text as is.
  const text = [first.text, second.text].filter(Boolean).join(' ')
  const merged: ImportBlock = { kind: first.text ? first.kind : second.kind, text }
  return [...blocks.slice(0, index), merged, ...blocks.slice(index + 2)]
}

/** Splits a block at a character offset (snapped to the nearest space). */
export function splitAt(blocks: readonly ImportBlock[], index: number, at: number): ImportBlock[] {
  const block = blocks[index]
  if (!block) return [...blocks]
  const before = block.text.lastIndexOf(' ', at)
  const after = block.text.indexOf(' ', at)
  const cut = before <= 0 ? after : after < 0 || at - before <= after - at ? before : after
  if (cut <= 0 || cut >= block.text.length - 1) return [...blocks]
  const first = { kind: block.kind, text: block.text.slice(0, cut).trim() }
  const second = { kind: 'paragraph' as const, text: block.text.slice(cut).trim() }
  return [...blocks.slice(0, index), first, second, ...blocks.slice(index + 1)]
}

/** Splits a block after its first sentence: the usual fix when two paragraphs ran together. */
export function splitAfterFirstSentence(
  blocks: readonly ImportBlock[],
  index: number,
): ImportBlock[] {
  const text = blocks[index]?.text ?? ''
  const end = /[.!?…]["“”»«')]*\s/u.exec(text)
  return end ? splitAt(blocks, index, end.index + end[0].length - 1) : [...blocks]
}

export function moveBlock(blocks: readonly ImportBlock[], from: number, to: number): ImportBlock[] {
  if (from === to || !blocks[from] || to < 0 || to >= blocks.length) return [...blocks]
  const list = [...blocks]
  const [moved] = list.splice(from, 1)
  list.splice(to, 0, moved!)
  return list
}

/**
 * Puts an empty slot before a block, so that the German block beside it has no English: a
 * book chapter's German stays as the book has it, and a paragraph the translator left out
 * is paired with nothing.
 */
export function insertGap(blocks: readonly ImportBlock[], index: number): ImportBlock[] {
  if (index < 0 || index > blocks.length) return [...blocks]
  return [...blocks.slice(0, index), { kind: 'paragraph', text: '' }, ...blocks.slice(index)]
}

/** Takes out an empty slot; a block with text is never removed. */
export function removeGap(blocks: readonly ImportBlock[], index: number): ImportBlock[] {
  if (blocks[index]?.text !== '') return [...blocks]
  return [...blocks.slice(0, index), ...blocks.slice(index + 1)]
}

export type Alignment =
  | { aligned: true; pairs: { de: ImportBlock; en?: ImportBlock }[] }
  | { aligned: false; de: number; en: number }

/**
 * Pairs German and English blocks one to one, or says that they differ in number: the
 * editor must then be shown, never a silent misalignment. Without a translation, every
 * German block stands alone.
 */
export function alignImport(
  de: readonly ImportBlock[],
  en: readonly ImportBlock[] | undefined,
): Alignment {
  if (!en || en.length === 0) return { aligned: true, pairs: de.map((block) => ({ de: block })) }
  if (de.length !== en.length) return { aligned: false, de: de.length, en: en.length }
  return { aligned: true, pairs: de.map((block, i) => ({ de: block, en: en[i]! })) }
}
