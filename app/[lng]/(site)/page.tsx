import type { Metadata } from 'next'
import Link from 'next/link'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import { LearningSummary } from '@/components/library/LearningSummary'
import { ImportedTexts } from '@/components/library/ImportedTexts'
import { TextCard } from '@/components/library/TextCard'
import { getT } from '@/i18n/server'
import { importNS } from '@/i18n/settings'
import { getTexts } from '@/lib/content/load'
import './library.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('library.title'), description: t('site.description') }
}

export default async function LibraryPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params
  const { t } = await getT()
  const { t: tl } = await getT('learning')
  const { t: ti } = await getT(importNS)
  const { heading, import: importLink, ...imported } = ti('library', { returnObjects: true })
  return (
    <div className="library">
      <h1>{t('library.title')}</h1>
      <p className="lead">{t('library.intro')}</p>
      <LearningSummary
        lng={lng}
        labels={{
          title: tl('library.title'),
          known: tl('library.known'),
          learning: tl('library.learning'),
          dueToday: tl('library.dueToday'),
        }}
      />
      <ul className="text-cards">
        {getTexts().map((text) => (
          <li key={text.slug}>
            <TextCard text={text} lng={lng} />
          </li>
        ))}
      </ul>
      {/* The heading and link are the server's, so the list filling in below moves nothing above. */}
      <section className="imported-texts" aria-labelledby="imported-texts-heading">
        <div className="imported-texts-head">
          <h2 id="imported-texts-heading">{heading}</h2>
          <Link href={`/${lng}/import`}>{importLink}</Link>
        </div>
        <ImportedTexts
          lng={lng}
          importHref={`/${lng}/import`}
          labels={imported}
          storage={await getStorageLabels()}
        />
      </section>
    </div>
  )
}
