import type { Metadata } from 'next'
import { ReviewSession } from '@/components/review/ReviewSession'
import { PageStrings } from '@/components/shared/PageStrings'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import './review.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('review')
  return { title: t('title') }
}

export default async function ReviewPage({ params }: PageProps<'/[lng]/review'>) {
  const { lng } = await params
  const { t } = await getT('review')
  return (
    <div className="review">
      <h1>{t('title')}</h1>
      <PageStrings ns={['review', 'storage']}>
        <ReviewSession lng={isLanguage(lng) ? lng : fallbackLng} />
      </PageStrings>
    </div>
  )
}
