import 'i18next'
import type common from '../locales/en/common.json'
import type importTexts from '../locales/en/import.json'
import type learning from '../locales/en/learning.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: { common: typeof common; learning: typeof learning; import: typeof importTexts }
  }
}
