import Link from 'next/link'
import { getT } from '@/i18n/server'
import { LanguageSwitch } from './LanguageSwitch'
import { ThemeSelect } from './ThemeSelect'

export async function SiteHeader({ lng }: { lng: string }) {
  const { t } = await getT()
  return (
    <header className="site-header">
      <Link className="brand" href={`/${lng}`}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.main')} className="site-nav">
        <Link href={`/${lng}`}>{t('nav.library')}</Link>
      </nav>
      <div className="site-settings">
        <ThemeSelect />
        <LanguageSwitch />
      </div>
    </header>
  )
}
