'use client'

import { datedName, downloadFile } from '@/components/shared/download'
import type { Language } from '@/i18n/settings'
import { toAnkiTsv } from '@/lib/learning/anki'
import { makeBackup, parseBackup } from '@/lib/learning/backup'
import type { LearningStore } from '@/lib/storage/learningStore'
import type { WordRecord } from '@/lib/learning/types'
import { useT } from '@/i18n/client'
import type { Perform } from '@/components/shared/useActions'

interface WordsToolsProps {
  store: LearningStore
  words: readonly WordRecord[]
  lng: Language
  perform: Perform
}

/** Anki and backup downloads, and importing a backup: the reader's data is theirs to take. */
export function WordsTools({ store, words, lng, perform }: WordsToolsProps) {
  const { t } = useT('words')
  const exportAnki = () =>
    perform(async () => {
      const name = datedName('zweiklang-anki', 'txt')
      const tsv = toAnkiTsv(words, lng, { machineTranslation: t('ankiMachineTranslation') })
      downloadFile(name, tsv, 'text/tab-separated-values')
      return { text: t('exported', { name }) }
    })

  const exportBackup = () =>
    perform(async () => {
      const name = datedName('zweiklang-backup', 'json')
      const backup = makeBackup(await store.exportData(), Date.now())
      downloadFile(name, JSON.stringify(backup, null, 2), 'application/json')
      return { text: t('exported', { name }) }
    })

  const importBackup = (file: File) =>
    perform(async () => {
      // parseBackup throws before anything is written when the file is not a valid backup.
      const counts = await store.importData(parseBackup(await file.text()))
      return {
        text: t('imported', {
          words: String(counts.words),
          cards: String(counts.cards),
          reviews: String(counts.reviews),
        }),
      }
    })

  return (
    <section className="words-tools" aria-labelledby="words-tools-heading">
      <h2 id="words-tools-heading">{t('toolsHeading')}</h2>
      <div className="words-tools-row">
        <button type="button" aria-describedby="words-anki-hint" onClick={() => void exportAnki()}>
          {t('exportAnki')}
        </button>
        <button type="button" onClick={() => void exportBackup()}>
          {t('exportBackup')}
        </button>
      </div>
      <p id="words-anki-hint" className="words-hint">
        {t('exportAnkiHint')}
      </p>
      <label className="words-import">
        <span>{t('import')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.target
            const file = input.files?.[0]
            // Cleared so that choosing the same file again imports it again.
            input.value = ''
            if (file) void importBackup(file)
          }}
        />
      </label>
    </section>
  )
}
