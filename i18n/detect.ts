import { fallbackLng, isLanguage, type Language } from './settings'

/** The reader's language: the cookie first, then Accept-Language, else the fallback. */
export function detectLanguage(
  cookie: string | undefined,
  acceptLanguage: string | null,
): Language {
  if (cookie && isLanguage(cookie)) return cookie
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean)
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.base).find(isLanguage) ?? fallbackLng
}
