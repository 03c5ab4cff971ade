import type { Metadata } from 'next'
import Link from 'next/link'
import { getT } from '@/i18n/server'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('offline.title'), description: t('offline.metaDescription') }
}

/** What the service worker shows for a page that was never opened while online. */
export default async function OfflinePage({ params }: PageProps<'/[lng]/offline'>) {
  const { lng } = await params
  const { t } = await getT()
  return (
    <div className="not-found">
      <h1>{t('offline.title')}</h1>
      <p>{t('offline.body')}</p>
      <p>
        <Link href={`/${lng}`}>{t('offline.toLibrary')}</Link>
      </p>
    </div>
  )
}
