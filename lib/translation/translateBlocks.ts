import { splitSentences } from '@/lib/text/sentences'

/** What the block translator needs of a translator: the spec's Translator, or a stand-in. */
export interface QuotaTranslator {
  readonly inputQuota: number
  measureInputUsage(input: string, options?: { signal?: AbortSignal }): Promise<number>
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>
}

export interface TranslateBlocksOptions {
  /** The German blocks, in order. */
  blocks: readonly string[]
  /** Translations already made (a run stopped and resumed): those blocks are skipped. */
  done?: readonly (string | undefined)[]
  translator: QuotaTranslator
  signal?: AbortSignal
  /** Each block's translation as soon as it is made, so that a stopped run keeps it. */
  onBlock: (index: number, translation: string) => void | Promise<void>
}

const isQuotaError = (error: unknown) =>
  error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'QuotaExceeded')

/**
 * Pieces of a text that each fit the translator's quota: whole sentences where they fit,
 * then a sentence cut at commas, then at spaces.
 */
export async function piecesWithinQuota(
  text: string,
  translator: QuotaTranslator,
  signal?: AbortSignal,
): Promise<string[]> {
  const fits = async (piece: string) =>
    (await translator.measureInputUsage(piece, { signal })) <= translator.inputQuota
  if (await fits(text)) return [text]
  const units = await splitFurther(text)
  if (units.length <= 1) throw new QuotaTooSmallError(text)
  const pieces: string[] = []
  let current = ''
  for (const unit of units) {
    const joined = current ? `${current} ${unit}` : unit
    if (await fits(joined)) {
      current = joined
      continue
    }
    if (current) pieces.push(current)
    if (await fits(unit)) current = unit
    else {
      pieces.push(...(await piecesWithinQuota(unit, translator, signal)))
      current = ''
    }
  }
  if (current) pieces.push(current)
  return pieces
}

/** Sentences, else clauses at commas and semicolons, else words. */
async function splitFurther(text: string): Promise<string[]> {
  const sentences = splitSentences(text, 'de').map((sentence) => sentence.text)
  if (sentences.length > 1) return sentences
  const clauses = text.split(/(?<=[,;:])\s+/u)
  if (clauses.length > 1) return clauses
  return text.split(/\s+/u)
}

/** A single word does not fit the quota: the translator cannot translate this text. */
export class QuotaTooSmallError extends Error {
  override name = 'QuotaTooSmallError'
  constructor(readonly text: string) {
    super('a single word is over the translator’s input quota')
  }
}

/**
 * Translates blocks one by one within the translator's input quota, handing each to
 * `onBlock` as it is done; blocks already done are skipped, so a stopped run resumes where
 * it stopped. An aborted signal stops it with an AbortError.
 */
export async function translateBlocks(options: TranslateBlocksOptions): Promise<void> {
  const { blocks, done = [], translator, signal, onBlock } = options
  for (const [index, block] of blocks.entries()) {
    signal?.throwIfAborted()
    if (done[index] !== undefined || block.trim() === '') continue
    let translation: string
    try {
      translation = await translator.translate(block, { signal })
    } catch (error) {
      // The quota is a model's own measure: when a block proves too long, it is translated
      // in pieces that each fit.
      if (!isQuotaError(error)) throw error
      const pieces = await piecesWithinQuota(block, translator, signal)
      const translated: string[] = []
      for (const piece of pieces) translated.push(await translator.translate(piece, { signal }))
      translation = translated.join(' ')
    }
    await onBlock(index, translation)
  }
}
