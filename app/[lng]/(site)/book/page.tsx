import type { Metadata } from 'next'
import { preload } from 'react-dom'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import { BookReader } from '@/components/books/BookReader'
import { PageStrings } from '@/components/shared/PageStrings'
import './book.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('books')
  return { title: t('reader.title'), description: t('reader.metaDescription') }
}

/**
 * One static page for every book: a rewrite serves it at /{lng}/book/{id}, and the book,
 * which only this browser has, is read from its storage.
 */
export default async function BookPage({ params }: PageProps<'/[lng]/book'>) {
  const { lng } = await params
  // The curated vocabulary is needed as soon as the first chapter is: fetched while the page loads.
  preload('/vocabulary.json', { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <PageStrings ns={['books', 'mine', 'learning', 'storage']}>
      <BookReader lng={isLanguage(lng) ? lng : fallbackLng} popupId="word-popup" />
    </PageStrings>
  )
}
