'use client'

import i18next from 'i18next'
import { I18nextProvider, initReactI18next } from 'react-i18next'

/** The few interface strings the page has, as the reader keeps its own in i18next. */
const resources = { en: { translation: { popupLabel: 'Word' } } }

const i18n = i18next.createInstance()
// Synchronous: the resources are in the bundle, so the first render already has them.
void i18n.use(initReactI18next).init({ lng: 'en', resources, initAsync: false })

export function ReferenceI18nProvider({ children }: { children: React.ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}
