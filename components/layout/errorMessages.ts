import de from '@/locales/de/errors.json'
import en from '@/locales/en/errors.json'

// Error screens must work when i18next itself is what failed, so their few strings are a
// small locale file of their own, imported directly rather than through the provider.
const messages = { en, de }

export type ErrorMessages = typeof en

/** The error strings for the language at the start of the address (English otherwise). */
export function errorMessagesFor(pathname: string): { lng: 'en' | 'de'; t: ErrorMessages } {
  const lng = pathname.split('/')[1] === 'de' ? 'de' : 'en'
  return { lng, t: messages[lng] }
}
