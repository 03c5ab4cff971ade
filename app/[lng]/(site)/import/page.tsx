import type { Metadata } from 'next'
import { ImportView } from '@/components/import/ImportView'
import type { ImportLabels } from '@/components/import/ImportLabels'
import { SharedTextImport } from '@/components/import/SharedTextImport'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import { getT } from '@/i18n/server'
import { importNS } from '@/i18n/settings'
import './import.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT(importNS)
  return { title: t('page.title') }
}

export default async function ImportPage({ params }: PageProps<'/[lng]/import'>) {
  const { lng } = await params
  const { t } = await getT(importNS)
  const { heading, intro, ...shared } = t('shared', { returnObjects: true })
  const labels: ImportLabels = {
    form: t('form', { returnObjects: true }),
    align: t('align', { returnObjects: true }),
    shared,
    storage: await getStorageLabels(),
  }
  return (
    <div className="import-page">
      <h1>{t('page.title')}</h1>
      <p className="lead">{t('page.intro')}</p>
      <ImportView lng={lng} labels={labels} />
      <section className="import-shared" aria-labelledby="import-shared-heading">
        <h2 id="import-shared-heading">{heading}</h2>
        <p>{intro}</p>
        <SharedTextImport lng={lng} labels={labels} />
      </section>
    </div>
  )
}
