import { sentenceAround } from '@/lib/text/sentences'
import { translationMakers, type TranslationBy, type WordSource } from '@/lib/learning/types'
import { readerSentences } from '@/components/reader/sentences/readerSentences'
import { englishOfSpot, spotOfWord } from '@/components/reader/sentences/sentenceRanges'
import { offsetOf } from '@/components/reader/sentences/textRanges'

/**
 * Where a word is saved from, read off the page: its block, the German sentence around
 * it, its forms there (both parts of a separable verb, every word of a phrase), the English
 * the aligner pairs with that sentence (the whole English block when it pairs none), and
 * whether that English is a machine translation (its footer, `data-translation-by`, says
 * whose it is).
 */
export function wordSource(
  root: HTMLElement,
  words: HTMLElement[],
  text: { slug: string; title: string },
): WordSource | undefined {
  const first = words[0]
  const block = first?.closest<HTMLElement>('.block.de')
  const blockText = block?.querySelector('.block-text')
  if (!first || !block || !blockText) return undefined
  const number = Number(block.dataset.pair)
  const englishBlock = root.querySelector<HTMLElement>(`.block.en[data-pair="${number}"]`)
  const english = englishBlock?.querySelector('.block-text')
  const by =
    englishBlock?.querySelector<HTMLElement>('[data-translation-by]')?.dataset.translationBy
  const translationBy = translationMakers.find((maker): maker is TranslationBy => maker === by)
  return {
    slug: text.slug,
    title: text.title,
    block: number,
    sentence: sentenceAround(blockText.textContent ?? '', offsetOf(blockText, first)),
    forms: words.map((word) => word.textContent ?? ''),
    translation: englishOfSentence(root, first) || (english?.textContent?.trim() ?? ''),
    ...(translationBy ? { translationBy } : {}),
  }
}

/** The English sentence(s) the reader highlights beside the word's German sentence. */
function englishOfSentence(root: HTMLElement, word: HTMLElement): string {
  const sentences = readerSentences(root)
  const spot = spotOfWord(sentences, word)
  return spot ? englishOfSpot(sentences, spot) : ''
}
