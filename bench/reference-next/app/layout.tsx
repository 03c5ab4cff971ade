import { ReferenceI18nProvider } from './ReferenceI18nProvider'
import './reference.css'

export const metadata = { title: 'Reference page' }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ReferenceI18nProvider>{children}</ReferenceI18nProvider>
      </body>
    </html>
  )
}
