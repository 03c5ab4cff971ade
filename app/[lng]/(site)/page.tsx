import type { Metadata } from 'next'
import { LearningSummary } from '@/components/learning/LearningSummary'
import { TextCard } from '@/components/library/TextCard'
import { getT } from '@/i18n/server'
import { getTexts } from '@/lib/content/load'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('library.title'), description: t('site.description') }
}

export default async function LibraryPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params
  const { t } = await getT()
  const { t: tl } = await getT('learning')
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
    </div>
  )
}
