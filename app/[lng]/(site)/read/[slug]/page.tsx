import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ReaderView } from '@/components/reader/ReaderView'
import { PageStrings } from '@/components/shared/PageStrings'
import { getT } from '@/i18n/server'
import { getText, getTextSlugs } from '@/lib/content/load'

export const dynamicParams = false

export function generateStaticParams() {
  return getTextSlugs().map((slug) => ({ slug }))
}

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/read/[slug]'>): Promise<Metadata> {
  const { slug } = await params
  const text = getText(slug)
  if (!text) return {}
  const { t, lng } = await getT()
  return {
    title: lng === 'de' ? text.title.de : text.title.en,
    description: t('reader.metaDescription', {
      title: lng === 'de' ? text.title.de : text.title.en,
      level: text.level,
    }),
  }
}

export default async function ReadPage({ params }: PageProps<'/[lng]/read/[slug]'>) {
  const { slug, lng } = await params
  const text = getText(slug)
  if (!text) notFound()
  return (
    <PageStrings ns={['learning', 'storage']}>
      <ReaderView text={text} lng={lng} />
    </PageStrings>
  )
}
