import 'server-only'
import { createServerI18next } from 'next-i18next/server'
import { i18nSettings } from './settings'

export const { getT, getResources, generateI18nStaticParams } = createServerI18next({
  ...i18nSettings,
  resourceLoader: (language, namespace) => import(`../locales/${language}/${namespace}.json`),
})
