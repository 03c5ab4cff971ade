import type { Metadata } from 'next'
import { ImportView } from '@/components/import/ImportView'
import { SharedTextImport } from '@/components/import/SharedTextImport'
import { PageStrings } from '@/components/shared/PageStrings'
import { getT } from '@/i18n/server'
import './import.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('import')
  return { title: t('page.title') }
}

export default async function ImportPage({ params }: PageProps<'/[lng]/import'>) {
  const { lng } = await params
  const { t } = await getT('import')
  return (
    <div className="import-page">
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <PageStrings ns={['import', 'books', 'storage']}>
        <ImportView lng={lng} />
        <section className="import-shared" aria-labelledby="import-shared-heading">
          <h2 id="import-shared-heading">{t('shared.heading')}</h2>
          <p>{t('shared.intro')}</p>
          <SharedTextImport lng={lng} />
        </section>
      </PageStrings>
    </div>
  )
}
