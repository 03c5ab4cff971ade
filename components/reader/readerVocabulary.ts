import 'server-only'
import { getT } from '@/i18n/server'
import { fallbackLng, vocabularyNS } from '@/i18n/settings'
import type { Text } from '@/lib/content/load'
import {
  getLexicon,
  loadAnnotations,
  loadTextNotesOrThrow,
  analyseCuratedText,
} from '@/lib/vocabulary/load'
import {
  buildPopupData,
  savableIn,
  wordsByBlock,
  wordRefsInOrder,
  type BlockWords,
  type TextPopupData,
} from '@/lib/vocabulary/present'
import { presentLabels } from '@/components/popup/presentLabels'

export interface ReaderVocabulary {
  blocks: ReadonlyMap<number, BlockWords>
  /** Served beside the page (app/texts/[slug]/[lng]/popup.json), not inside it. */
  data: TextPopupData
}

/** The text's pairs as the page shows them: the article, then the notes under it. */
export function pagePairs(text: Text) {
  return {
    article: text.pairs.filter((pair) => pair.kind !== 'note'),
    notes: text.pairs.filter((pair) => pair.kind === 'note'),
  }
}

/**
 * Everything the reader needs for its popups, decided at build time: which entry each
 * word shows, and the entries this text uses with the text's own notes, in the interface
 * language. The page and its popup.json both call it, so their entry numbers agree.
 */
export async function getReaderVocabulary(text: Text, lng: string): Promise<ReaderVocabulary> {
  const { t, i18n } = await getT('common', { lng })
  await i18n.loadNamespaces(vocabularyNS)
  const lexicon = getLexicon(lng, i18n.getResourceBundle(lng, vocabularyNS))
  const english =
    lng === fallbackLng
      ? undefined
      : getLexicon(fallbackLng, i18n.getResourceBundle(fallbackLng, vocabularyNS))
  const matched = analyseCuratedText(text, english ?? lexicon, loadAnnotations(text.slug))
  const notes = loadTextNotesOrThrow(text, lng, lexicon, matched)
  const { data, refOf } = buildPopupData(matched, lexicon, presentLabels(t), english, notes)
  const savable = savableIn(data)
  const blocks = new Map(
    Array.from(wordsByBlock(matched, refOf), ([number, words]) => [
      number,
      { ...words, refsInPopupData: true, savable } as const,
    ]),
  )
  const inPage = pagePairs(text)
  const words = wordRefsInOrder(
    [...inPage.article, ...inPage.notes].map((pair) => blocks.get(pair.number)!),
  )
  return { blocks, data: { ...data, words } }
}
