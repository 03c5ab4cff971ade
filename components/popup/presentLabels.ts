import type { TFunction } from 'i18next'
import { partsOfSpeech } from '@/lib/vocabulary/grammar'
import { morphFeatures, type MorphLabels } from '@/lib/vocabulary/morph'
import type { PresentLabels } from '@/lib/vocabulary/present'

/**
 * How entries are put into words (parts of speech, cases, grammar lines), from `common`: on
 * the server for a curated text, in the browser for an imported one.
 */
export function presentLabels(t: TFunction): PresentLabels {
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
