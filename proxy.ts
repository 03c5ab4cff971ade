import { NextResponse, type NextRequest } from 'next/server'
import { createProxy } from 'next-i18next/proxy'
import { i18nSettings, isLanguage } from './i18n/settings'

const i18nProxy = createProxy(i18nSettings)
const LANGUAGE_LIKE = /^[a-z]{2}(?:-[a-z]{2})?$/i

/**
 * Sends `/` and un-prefixed paths to the reader's language. A path that already starts with
 * an unsupported language code is left alone so that it answers 404 instead of turning into
 * `/en/xx/…`.
 */
export function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split('/')[1] ?? ''
  if (LANGUAGE_LIKE.test(first) && !isLanguage(first)) return NextResponse.next()
  return i18nProxy(request)
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|.*\\.[a-z0-9]+$).*)'],
}
