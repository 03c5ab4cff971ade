import { getT } from '@/i18n/server'
import type { TextSummary } from '@/lib/content/load'

export async function TextDetails({ text, lng }: { text: TextSummary; lng: string }) {
  const { t } = await getT()
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${text.date}T00:00:00Z`),
  )
  return (
    <dl className="text-details">
      <div>
        <dt>{t('library.levelLabel')}</dt>
        <dd>{text.level}</dd>
      </div>
      <div>
        <dt className="visually-hidden">{t('reader.length')}</dt>
        <dd>
          {t('library.words', { count: text.wordCount })} ·{' '}
          {t('library.minutes', { count: text.readingMinutes })}
        </dd>
      </div>
      <div>
        <dt>{t('reader.source')}</dt>
        <dd>{text.sourceUrl ? <a href={text.sourceUrl}>{text.source}</a> : text.source}</dd>
      </div>
      <div>
        <dt>{t('reader.date')}</dt>
        <dd>
          <time dateTime={text.date}>{date}</time>
        </dd>
      </div>
    </dl>
  )
}
