import type { Metadata } from 'next'
import { NotFoundView } from '@/components/layout/NotFoundView'
import { getT } from '@/i18n/server'

// The proxy serves this prerendered page, with status 404, for every unknown address: Next
// 16 cannot server-render a not-found boundary under a [lng] root layout.
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t('notFound.title'), robots: { index: false } }
}

export default NotFoundView
