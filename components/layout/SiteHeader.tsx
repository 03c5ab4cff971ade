import Link from 'next/link'
import { DueCount } from '@/components/review/DueCount'
import { getT } from '@/i18n/server'
import { LanguageSwitch } from './LanguageSwitch'
import { ThemeSelect } from './ThemeSelect'

export async function SiteHeader({ lng }: { lng: string }) {
  const { t } = await getT()
  const { t: learningT } = await getT('learning')
  const { t: importT } = await getT('import')
  // No prefetching: a prefetched page brings its scripts (the review's scheduler, the words
  // page's backup code), which every page would then load by the time it is idle.
  return (
    <header className="site-header">
      <Link className="brand" href={`/${lng}`} prefetch={false}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.main')} className="site-nav">
        <Link href={`/${lng}`} prefetch={false}>
          {t('nav.library')}
        </Link>
        <Link href={`/${lng}/import`} prefetch={false}>
          {importT('nav.import')}
        </Link>
        <Link href={`/${lng}/words`} prefetch={false}>
          {learningT('nav.words')}
        </Link>
        <Link href={`/${lng}/review`} prefetch={false}>
          {learningT('nav.review')}
          <DueCount />
        </Link>
      </nav>
      <div className="site-settings">
        <ThemeSelect />
        <LanguageSwitch />
      </div>
    </header>
  )
}
