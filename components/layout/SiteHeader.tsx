import Link from 'next/link'
import { DueCount } from '@/components/review/DueCount'
import { getT } from '@/i18n/server'
import { importNS } from '@/i18n/settings'
import { LanguageSwitch } from './LanguageSwitch'
import { ThemeSelect } from './ThemeSelect'

export async function SiteHeader({ lng }: { lng: string }) {
  const { t } = await getT()
  const { t: tl } = await getT('learning')
  const { t: ti } = await getT(importNS)
  return (
    <header className="site-header">
      <Link className="brand" href={`/${lng}`}>
        {t('site.name')}
      </Link>
      <nav aria-label={t('nav.main')} className="site-nav">
        <Link href={`/${lng}`}>{t('nav.library')}</Link>
        <Link href={`/${lng}/import`}>{ti('nav.import')}</Link>
        <Link href={`/${lng}/words`}>{tl('nav.words')}</Link>
        <Link href={`/${lng}/review`}>
          {tl('nav.review')}
          <DueCount one={tl('nav.due_one')} other={tl('nav.due_other')} />
        </Link>
      </nav>
      <div className="site-settings">
        <ThemeSelect />
        <LanguageSwitch />
      </div>
    </header>
  )
}
