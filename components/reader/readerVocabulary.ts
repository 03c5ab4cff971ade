import 'server-only'
import { getT } from '@/i18n/server'
import { fallbackLng, vocabularyNS } from '@/i18n/settings'
import type { Text } from '@/lib/content/load'
import { getLexicon, loadAnnotations, matchTextOrThrow } from '@/lib/vocabulary/load'
import type { MatchedBlock } from '@/lib/vocabulary/match'
import { morphFeatures, type MorphLabels } from '@/lib/vocabulary/morph'
import {
  buildPopupData,
  type PopupData,
  type PresentLabels,
  type WordRef,
} from '@/lib/vocabulary/present'
import { partsOfSpeech } from '@/lib/vocabulary/schema'
import type { PopupLabels } from '@/components/vocabulary/popupContent'

export interface ReaderVocabulary {
  blocks: ReadonlyMap<
    number,
    { block: MatchedBlock; refOf: (index: number) => WordRef | undefined }
  >
  data: PopupData
  labels: PopupLabels
}

/**
 * Everything the reader needs for its popups, decided at build time: which entry each
 * word shows, and the entries this text uses, in the interface language.
 */
export async function getReaderVocabulary(text: Text, lng: string): Promise<ReaderVocabulary> {
  const { t: tc, i18n } = await getT()
  await i18n.loadNamespaces(vocabularyNS)
  const lexicon = getLexicon(lng, i18n.getResourceBundle(lng, vocabularyNS))
  const english =
    lng === fallbackLng
      ? undefined
      : getLexicon(fallbackLng, i18n.getResourceBundle(fallbackLng, vocabularyNS))
  const matched = matchTextOrThrow(text, english ?? lexicon, loadAnnotations(text.slug))
  const morph = Object.fromEntries([
    ...morphFeatures.map((feature) => [feature, tc(`vocab.morph.${feature}`)]),
    ['or', tc('vocab.morph.or')],
  ]) as MorphLabels
  const present: PresentLabels = {
    pos: Object.fromEntries(
      partsOfSpeech.map((pos) => [pos, tc(`vocab.pos.${pos}`)]),
    ) as PresentLabels['pos'],
    morph,
    articles: {
      m: tc('vocab.articles.m'),
      f: tc('vocab.articles.f'),
      n: tc('vocab.articles.n'),
      pl: tc('vocab.articles.pl'),
    },
    genitive: tc('vocab.genitive'),
    plural: tc('vocab.plural'),
    noPlural: tc('vocab.noPlural'),
    separable: tc('vocab.separable'),
    reflexive: tc('vocab.reflexive'),
    governs: tc('vocab.governs'),
    cases: {
      nom: tc('vocab.cases.nom'),
      acc: tc('vocab.cases.acc'),
      dat: tc('vocab.cases.dat'),
      gen: tc('vocab.cases.gen'),
    },
    contraction: tc('vocab.contraction'),
    numberReads: tc('vocab.numberReads'),
    numberGloss: tc('vocab.numberGloss'),
  }
  const { data, refOf } = buildPopupData(matched, lexicon, present, english)
  const blocks = new Map(
    matched.blocks.map((block) => {
      const words = block.parts.filter((part) => part.kind === 'word')
      return [block.number, { block, refOf: (index: number) => refOf(words[index]!) }] as const
    }),
  )
  return {
    blocks,
    data,
    labels: {
      label: tc('popup.label'),
      close: tc('popup.close'),
      showEnglish: tc('popup.showEnglish'),
      phrase: tc('popup.phrase'),
      separable: tc('popup.separable'),
      word: tc('popup.word'),
      form: tc('popup.form'),
      parts: tc('popup.parts'),
      example: tc('popup.example'),
    },
  }
}
