import { createInstance } from 'i18next'
import { describe, expect, it } from 'vitest'
import { translatedOnce } from '@/components/popup/translatedOnce'
import common from '@/locales/en/common.json'
import commonDe from '@/locales/de/common.json'
import learning from '@/locales/en/learning.json'
import learningDe from '@/locales/de/learning.json'

describe('translatedOnce', () => {
  for (const [lng, resources] of [
    ['en', { common, learning }],
    ['de', { common: commonDe, learning: learningDe }],
  ] as const) {
    it(`gives what t gives with the same values (${lng})`, async () => {
      const i18n = createInstance()
      await i18n.init({
        lng,
        resources: { [lng]: resources },
        interpolation: { escapeValue: false },
      })
      const t = i18n.getFixedT(lng, 'common')
      const form = translatedOnce((values) => t('popup.form', values), ['form', 'analysis'])
      const values = { form: 'stellt … heraus', analysis: '3rd person singular, $1 & <b>' }
      expect(form(values)).toBe(t('popup.form', values))
      const learningT = i18n.getFixedT(lng, 'learning')
      const group = translatedOnce((v) => learningT('reader.statusGroup', v), ['word'])
      expect(group({ word: 'Gipfel' })).toBe(learningT('reader.statusGroup', { word: 'Gipfel' }))
      expect(group({ word: 'Haus' })).toBe(learningT('reader.statusGroup', { word: 'Haus' }))
    })
  }
})
