'use client'

import { ErrorView } from '@/components/layout/ErrorView'
import { errorMessagesFor } from '@/components/layout/errorMessages'
import './globals.css'

/** The root layout itself failed: this replaces it, so it brings its own document. */
export default function GlobalError(props: { error: Error; reset: () => void }) {
  const { lng } = errorMessagesFor(typeof window === 'undefined' ? '/' : window.location.pathname)
  return (
    <html lang={lng}>
      <body>
        <main>
          <ErrorView {...props} />
        </main>
      </body>
    </html>
  )
}
