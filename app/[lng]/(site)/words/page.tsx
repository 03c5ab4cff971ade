import type { Metadata } from 'next'
import Link from 'next/link'
import { PageStrings } from '@/components/shared/PageStrings'
import { WordsView } from '@/components/words/WordsView'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import './words.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('words')
  return { title: t('title') }
}

export default async function WordsPage({ params }: PageProps<'/[lng]/words'>) {
  const { lng } = await params
  const { t } = await getT('words')
  const { t: tSync } = await getT('sync')
  return (
    <div className="words-page">
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('intro')} <Link href={`/${lng}/sync`}>{tSync('wordsLink')}</Link>
      </p>
      <PageStrings ns={['words', 'learning', 'storage']}>
        <WordsView lng={isLanguage(lng) ? lng : fallbackLng} libraryHref={`/${lng}`} />
      </PageStrings>
    </div>
  )
}
