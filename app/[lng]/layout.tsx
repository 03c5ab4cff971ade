import type { Metadata, Viewport } from 'next'
import { I18nProvider } from '@/i18n/client'
import { generateI18nStaticParams, getResources, getT } from '@/i18n/server'
import { defaultNS } from '@/i18n/settings'
import { defaultPrefs, prefsToDataset } from '@/lib/prefs/prefs'
import { applyStoredPrefsScript } from '@/lib/prefs/script'
import '../globals.css'

export const dynamicParams = false

export function generateStaticParams() {
  return generateI18nStaticParams()
}

export async function generateMetadata(): Promise<Metadata> {
  const { t, lng } = await getT()
  return {
    manifest: `/${lng}/manifest.webmanifest`,
    icons: { icon: '/icons/icon.svg', apple: '/icons/icon-192.png' },
    title: {
      default: `${t('site.name')} – ${t('site.tagline')}`,
      template: `%s · ${t('site.name')}`,
    },
    description: t('site.description'),
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17191c' },
  ],
}

const defaultDataset = Object.fromEntries(
  Object.entries(prefsToDataset(defaultPrefs)).map(([key, value]) => [
    `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    value,
  ]),
)

export default async function LanguageLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params
  const { t, i18n } = await getT()
  const resources = getResources(i18n, [defaultNS], [lng])
  return (
    // The head script sets the stored reading settings on <html> before hydration.
    <html lang={lng} {...defaultDataset} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: applyStoredPrefsScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <I18nProvider language={lng} resources={resources}>
          {children}
        </I18nProvider>
      </body>
    </html>
  )
}
