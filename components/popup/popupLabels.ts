import 'server-only'
import { getT } from '@/i18n/server'
import type { PopupLabels } from './popupContent'
import { partsOfSpeech } from '@/lib/vocabulary/grammar'
import { morphFeatures, type MorphLabels } from '@/lib/vocabulary/morph'
import type { PresentLabels } from '@/lib/vocabulary/present'

/**
 * How entries are put into words (parts of speech, cases, grammar lines), in the page's
 * language, or in `lng` where there is no page (a route outside the language's folder).
 */
export async function getPresentLabels(lng?: string): Promise<PresentLabels> {
  const { t } = await getT(undefined, { lng })
  const morph = Object.fromEntries([
    ...morphFeatures.map((feature) => [feature, t(`vocab.morph.${feature}`)]),
    ['or', t('vocab.morph.or')],
  ]) as MorphLabels
  return {
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
}

/** The popup's own strings, in the page's language or in `lng`. */
export async function getPopupLabels(lng?: string): Promise<PopupLabels> {
  const { t } = await getT(undefined, { lng })
  return {
    label: t('popup.label'),
    close: t('popup.close'),
    showEnglish: t('popup.showEnglish'),
    phrase: t('popup.phrase'),
    separable: t('popup.separable'),
    word: t('popup.word'),
    form: t('popup.form'),
    parts: t('popup.parts'),
    example: t('popup.example'),
    inThisText: t('popup.inThisText'),
    dictionaryGloss: t('popup.dictionaryGloss'),
    correctedGloss: t('popup.correctedGloss'),
  }
}
