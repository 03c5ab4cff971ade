import type { Metadata } from 'next'
import { preload } from 'react-dom'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import { ImportedReader } from '@/components/reader/imported/ImportedReader'
import { PageStrings } from '@/components/shared/PageStrings'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('mine')
  return { title: t('title'), description: t('metaDescription') }
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
    <PageStrings ns={['mine', 'learning', 'storage']}>
      <ImportedReader lng={isLanguage(lng) ? lng : fallbackLng} popupId="word-popup" />
    </PageStrings>
  )
}
