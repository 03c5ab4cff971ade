import type { Metadata } from 'next'
import Link from 'next/link'
import { LearningSummary } from '@/components/library/LearningSummary'
import { Books } from '@/components/library/Books'
import { ImportedTexts } from '@/components/library/ImportedTexts'
import { TextCard } from '@/components/library/TextCard'
import { PageStrings } from '@/components/shared/PageStrings'
import { getT } from '@/i18n/server'
import { getTexts } from '@/lib/content/load'
import './library.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('library.title'), description: t('site.description') }
}

export default async function LibraryPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params
  const { t } = await getT()
  const { t: libraryT } = await getT('library')
  const { t: booksT } = await getT('books')
  return (
    <PageStrings ns={['library', 'books', 'storage']}>
      <div className="library">
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.intro')}</p>
        <LearningSummary lng={lng} />
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
            <h2 id="imported-texts-heading">{libraryT('texts.heading')}</h2>
            <Link href={`/${lng}/import`}>{libraryT('texts.import')}</Link>
          </div>
          <ImportedTexts lng={lng} importHref={`/${lng}/import`} />
        </section>
        <section className="imported-texts" aria-labelledby="books-heading">
          <div className="imported-texts-head">
            <h2 id="books-heading">{booksT('library.heading')}</h2>
          </div>
          <Books lng={lng} />
        </section>
      </div>
    </PageStrings>
  )
}
