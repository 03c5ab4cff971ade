import Link from 'next/link'
import { DueCount } from '@/components/review/DueCount'
import { getT } from '@/i18n/server'
import { LanguageSwitch } from './LanguageSwitch'
import { ThemeSelect } from './ThemeSelect'

export async function SiteHeader({ lng }: { lng: string }) {
  const { t } = await getT()
  const { t: learningT } = await getT('learning')
  const { t: importT } = await getT('import')
  return (
    <header className="site-header">
      <Link className="brand" href={`/${lng}`}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.main')} className="site-nav">
        <Link href={`/${lng}`}>{t('nav.library')}</Link>
        <Link href={`/${lng}/import`}>{importT('nav.import')}</Link>
        <Link href={`/${lng}/words`}>{learningT('nav.words')}</Link>
        <Link href={`/${lng}/review`}>
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
