import Link from 'next/link'
import { TextProgressBar } from './TextProgressBar'
import { getT } from '@/i18n/server'
import type { TextSummary } from '@/lib/content/load'

export async function TextCard({ text, lng }: { text: TextSummary; lng: string }) {
  const { t } = await getT()
  return (
    <article className="text-card">
      <h2>
        <Link href={`/${lng}/read/${text.slug}`} lang="de">
          {text.title.de}
        </Link>
      </h2>
      <p className="text-card-translation" lang="en">
        {text.title.en}
      </p>
      <ul className="text-card-facts">
        <li>
          <abbr title={t('library.levelLabel')}>{t('library.level', { level: text.level })}</abbr>
        </li>
        <li>{t('library.words', { count: text.wordCount })}</li>
        <li>{t('library.minutes', { count: text.readingMinutes })}</li>
      </ul>
      <TextProgressBar slug={text.slug} lng={lng} />
    </article>
  )
}
