import type { Metadata } from 'next'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import { WordsView } from '@/components/words/WordsView'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import './words.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('learning')
  return { title: t('words.title') }
}

export default async function WordsPage({ params }: PageProps<'/[lng]/words'>) {
  const { lng } = await params
  const { t } = await getT('learning')
  const { title, intro, ...words } = t('words', { returnObjects: true })
  return (
    <div className="words-page">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <WordsView
        lng={isLanguage(lng) ? lng : fallbackLng}
        libraryHref={`/${lng}`}
        labels={{
          words,
          status: {
            learning: t('status.learning'),
            known: t('status.known'),
            ignored: t('status.ignored'),
          },
          storage: await getStorageLabels(),
        }}
      />
    </div>
  )
}
