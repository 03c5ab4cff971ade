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
import { partsOfSpeech } from '@/lib/vocabulary/grammar'
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
  const { t, i18n } = await getT()
  await i18n.loadNamespaces(vocabularyNS)
  const lexicon = getLexicon(lng, i18n.getResourceBundle(lng, vocabularyNS))
  const english =
    lng === fallbackLng
      ? undefined
      : getLexicon(fallbackLng, i18n.getResourceBundle(fallbackLng, vocabularyNS))
  const matched = matchTextOrThrow(text, english ?? lexicon, loadAnnotations(text.slug))
  const morph = Object.fromEntries([
    ...morphFeatures.map((feature) => [feature, t(`vocab.morph.${feature}`)]),
    ['or', t('vocab.morph.or')],
  ]) as MorphLabels
  const present: PresentLabels = {
    pos: Object.fromEntries(
      partsOfSpeech.map((pos) => [pos, t(`vocab.pos.${pos}`)]),
    ) as PresentLabels['pos'],
    morph,
    articles: {
      m: t('vocab.articles.m'),
      f: t('vocab.articles.f'),
      n: t('vocab.articles.n'),
      pl: t('vocab.articles.pl'),
    },
    genitive: t('vocab.genitive'),
    plural: t('vocab.plural'),
    noPlural: t('vocab.noPlural'),
    separable: t('vocab.separable'),
    reflexive: t('vocab.reflexive'),
    governs: t('vocab.governs'),
    cases: {
      nom: t('vocab.cases.nom'),
      acc: t('vocab.cases.acc'),
      dat: t('vocab.cases.dat'),
      gen: t('vocab.cases.gen'),
    },
    contraction: t('vocab.contraction'),
    numberReads: t('vocab.numberReads'),
    numberGloss: t('vocab.numberGloss'),
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
      label: t('popup.label'),
      close: t('popup.close'),
      showEnglish: t('popup.showEnglish'),
      phrase: t('popup.phrase'),
      separable: t('popup.separable'),
      word: t('popup.word'),
      form: t('popup.form'),
      parts: t('popup.parts'),
      example: t('popup.example'),
    },
  }
}
