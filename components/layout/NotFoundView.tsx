import Link from 'next/link'
import { getT } from '@/i18n/server'

export async function NotFoundView() {
  const { t, lng } = await getT()
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={`/${lng}`}>{t('notFound.back')}</Link>
      </p>
    </div>
  )
}
