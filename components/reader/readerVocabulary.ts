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
  wordsByBlock,
  type BlockWords,
  type PopupData,
} from '@/lib/vocabulary/present'
import { presentLabels } from '@/components/popup/presentLabels'

export interface ReaderVocabulary {
  blocks: ReadonlyMap<number, BlockWords>
  data: PopupData
}

/**
 * Everything the reader needs for its popups, decided at build time: which entry each
 * word shows, and the entries this text uses with the text's own notes, in the interface
 * language.
 */
export async function getReaderVocabulary(text: Text, lng: string): Promise<ReaderVocabulary> {
  const { t, i18n } = await getT('common')
  await i18n.loadNamespaces(vocabularyNS)
  const lexicon = getLexicon(lng, i18n.getResourceBundle(lng, vocabularyNS))
  const english =
    lng === fallbackLng
      ? undefined
      : getLexicon(fallbackLng, i18n.getResourceBundle(fallbackLng, vocabularyNS))
  const matched = analyseCuratedText(text, english ?? lexicon, loadAnnotations(text.slug))
  const notes = loadTextNotesOrThrow(text, lng, lexicon, matched)
  const { data, refOf } = buildPopupData(matched, lexicon, presentLabels(t), english, notes)
  return { blocks: wordsByBlock(matched, refOf), data }
}
