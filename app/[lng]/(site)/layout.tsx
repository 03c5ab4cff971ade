import { SiteHeader } from '@/components/layout/SiteHeader'
import { OfflineSupport } from '@/components/offline/OfflineSupport'
import { SyncRunner } from '@/components/sync/SyncRunner'
import { getT } from '@/i18n/server'

// Pages sit one layout below the root so that their not-found boundary can catch notFound():
// the root layout's own segment cannot.
export default async function SiteLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params
  const { t } = await getT()
  return (
    <>
      <SiteHeader lng={lng} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {/* Which deployment a reader has: what to quote in a bug report. */}
        <p>{t('offline.version', { version: process.env.ZK_BUILD_ID })}</p>
      </footer>
      <OfflineSupport />
      <SyncRunner />
    </>
  )
}
