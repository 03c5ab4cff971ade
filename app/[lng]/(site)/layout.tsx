import { SiteHeader } from '@/components/layout/SiteHeader'

// Pages sit one layout below the root so that their not-found boundary can catch notFound():
// the root layout's own segment cannot.
export default async function SiteLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params
  return (
    <>
      <SiteHeader lng={lng} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
