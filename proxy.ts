import { NextResponse, type NextRequest } from 'next/server'
import { createProxy } from 'next-i18next/proxy'
import { detectLanguage } from './i18n/detect'
import { cookieName, i18nSettings, isLanguage, type Language } from './i18n/settings'
import { getTextSlugs } from './lib/content/load'
import { isKnownPage } from './lib/routes'

const i18nProxy = createProxy(i18nSettings)
const LANGUAGE_LIKE = /^[a-z]{2}(?:-[a-z]{2})?$/i

async function notFound(request: NextRequest, lng: Language) {
  const page = await fetch(new URL(`/${lng}/page-not-found`, request.nextUrl.origin))
  return new NextResponse(page.body, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

/**
 * `/` and un-prefixed paths go to the reader's language (next-i18next's proxy); an unknown
 * page, text or language answers 404 with the not-found page in the interface language.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const first = pathname.split('/')[1] ?? ''
  if (isLanguage(first)) {
    if (!isKnownPage(pathname, getTextSlugs())) return notFound(request, first)
    return i18nProxy(request)
  }
  if (LANGUAGE_LIKE.test(first)) {
    const lng = detectLanguage(
      request.cookies.get(cookieName)?.value,
      request.headers.get('accept-language'),
    )
    return notFound(request, lng)
  }
  return i18nProxy(request)
}

export const config = {
  matcher: ['/((?!_next/|api/|favicon.ico|.*\\.[a-z0-9]+$).*)'],
}
