import type { Metadata } from 'next'
import { preload } from 'react-dom'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import { ImportedReader } from '@/components/reader/imported/ImportedReader'
import type { ImportedReaderLabels } from '@/components/reader/imported/labels'
import { getPopupLabels, getPresentLabels } from '@/components/popup/popupLabels'
import { getReaderLearningLabels } from '@/components/reader/learning/readerLearningLabels'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('mine.title'), description: t('mine.metaDescription') }
}

type MineKey = keyof (typeof import('@/locales/en/common.json'))['mine']

/** The strings of the imported-text reader: the page is the same for every text. */
async function getImportedReaderLabels(): Promise<ImportedReaderLabels> {
  const { t } = await getT()
  const m = (key: MineKey) => t(`mine.${key}`)
  return {
    reading: { present: await getPresentLabels(), also: m('also') },
    popup: await getPopupLabels(),
    learning: await getReaderLearningLabels(),
    storage: await getStorageLabels(),
    correction: {
      correct: m('correct'),
      correctOf: m('correctOf'),
      yourGloss: m('yourGloss'),
      save: m('save'),
      cancel: m('cancel'),
      reset: m('reset'),
      corrected: m('corrected'),
      resetDone: m('resetDone'),
      saveFailed: m('saveFailed'),
    },
    page: {
      loading: m('loading'),
      missingTitle: m('missingTitle'),
      missing: m('missing'),
      failedTitle: m('failedTitle'),
      failed: m('failed'),
      toImport: m('toImport'),
      toLibrary: m('toLibrary'),
      imported: m('imported'),
      wordsOne: m('words_one'),
      wordsOther: m('words_other'),
      unknownOne: m('unknown_one'),
      unknownOther: m('unknown_other'),
      noTranslation: m('noTranslation'),
      dictionaryNote: m('dictionaryNote'),
      share: m('share'),
      shared: m('shared'),
      german: t('reader.german'),
      english: t('reader.english'),
      showTranslation: t('reader.showTranslation'),
      hint: t('popup.hint'),
    },
  }
}

/**
 * One static page for every imported text: a rewrite serves it at /{lng}/mine/{id}, and the
 * text, which only this browser has, is read from its storage.
 */
export default async function ImportedTextPage({ params }: PageProps<'/[lng]/mine'>) {
  const { lng } = await params
  // The curated vocabulary is needed as soon as the text is: fetched while the page loads.
  preload('/vocabulary.json', { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <ImportedReader
      lng={isLanguage(lng) ? lng : fallbackLng}
      labels={await getImportedReaderLabels()}
      popupId="word-popup"
    />
  )
}
