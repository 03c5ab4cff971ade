import { getT } from '@/i18n/server'
import { languages } from '@/i18n/settings'
import { appIcons } from '@/lib/offline/icons'

// One manifest per language: an installed Zweiklang starts in the language it was installed in.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }))
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[lng]/manifest.webmanifest'>,
) {
  const { lng } = await params
  const { t } = await getT('common', { lng })
  return Response.json(
    {
      id: `/${lng}`,
      name: t('site.name'),
      short_name: t('site.name'),
      description: t('manifest.description'),
      lang: lng,
      start_url: `/${lng}`,
      scope: '/',
      display: 'standalone',
      theme_color: '#1f5fa8',
      background_color: '#fbfaf7',
      icons: appIcons,
    },
    { headers: { 'content-type': 'application/manifest+json' } },
  )
}
