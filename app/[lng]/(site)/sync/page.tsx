import type { Metadata } from 'next'
import { PageStrings } from '@/components/shared/PageStrings'
import { SyncView } from '@/components/sync/SyncView'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import './sync.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('sync')
  return { title: t('title') }
}

export default async function SyncPage({ params }: PageProps<'/[lng]/sync'>) {
  const { lng } = await params
  const { t } = await getT('sync')
  return (
    <div className="sync-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <PageStrings ns={['sync', 'storage']}>
        <SyncView lng={isLanguage(lng) ? lng : fallbackLng} />
      </PageStrings>
    </div>
  )
}
