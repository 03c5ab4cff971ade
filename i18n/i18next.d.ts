import 'i18next'
import type books from '../locales/en/books.json'
import type common from '../locales/en/common.json'
import type importTexts from '../locales/en/import.json'
import type learning from '../locales/en/learning.json'
import type library from '../locales/en/library.json'
import type mine from '../locales/en/mine.json'
import type review from '../locales/en/review.json'
import type storage from '../locales/en/storage.json'
import type sync from '../locales/en/sync.json'
import type words from '../locales/en/words.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      learning: typeof learning
      storage: typeof storage
      words: typeof words
      review: typeof review
      import: typeof importTexts
      library: typeof library
      mine: typeof mine
      books: typeof books
      sync: typeof sync
    }
  }
}
