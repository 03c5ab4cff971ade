'use client'

import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import type { MouseEvent } from 'react'
import { useT } from '@/i18n/client'
import { cookieMaxAge, cookieName, languages } from '@/i18n/settings'

/** Links to the same page in the other interface language and remembers the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useT()
  const pathname = usePathname()
  const router = useRouter()
  const current = i18n.resolvedLanguage ?? i18n.language
  const target = languages.find((language) => language !== current) ?? languages[0]
  const href = pathname.replace(/^\/[^/]+/, `/${target}`)

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    document.cookie = `${cookieName}=${target}; path=/; max-age=${cookieMaxAge}; samesite=lax`
    // The browser's address, not the route's: usePathname() drops the query and fragment,
    // and names the shared page (/{lng}/mine) that serves every imported text.
    const { pathname: address, search, hash } = window.location
    const destination = `${address.replace(/^\/[^/]+/, `/${target}`)}${search}${hash}`
    if (destination !== href) {
      event.preventDefault()
      router.push(destination)
    }
  }

  return (
    // Not prefetched: the page in the other language is the whole page again.
    <Link
      className="language-switch"
      href={href}
      hrefLang={target}
      onClick={onClick}
      prefetch={false}
    >
      <span className="visually-hidden">{t('nav.language')}: </span>
      <span lang={target}>{t('nav.switchTo')}</span>
    </Link>
  )
}
