'use client'

import { useMemo, useState } from 'react'
import { useT } from '@/i18n/client'
import type { Language } from '@/i18n/settings'
import { ReaderLearning } from '@/components/reader/learning/ReaderLearning'
import { WordPopup } from '@/components/popup/WordPopup'
import { pairsOf, type ImportedPair } from '@/lib/import/pairs'
import type { ImportedReading } from '@/lib/import/reading'
import type { TextStore } from '@/lib/storage/textStore'
import type { ImportedText } from '@/lib/import/types'
import { countWords } from '@/lib/text/tokenize'
import { BlockPairRow } from '../BlockPairRow'
import { ReaderShell, readerRootId } from '../ReaderShell'
import { MachineTranslation } from '@/components/translation/MachineTranslation'
import { TranslationEdit } from '@/components/translation/TranslationEdit'
import { useGlossCorrection } from './useGlossCorrection'

interface ImportedReaderViewProps {
  text: ImportedText
  store: TextStore
  /** The analysis of its words; until it arrives the text shows without popups. */
  reading?: ImportedReading
  /** Why the words could not be analysed: the text stays readable. */
  failure?: string
  lng: Language
  popupId: string
}

/** An imported text in the same reader as a curated one: rows, popup, toolbar and learning. */
export function ImportedReaderView({
  text: opened,
  store,
  reading,
  failure,
  lng,
  popupId,
}: ImportedReaderViewProps) {
  const { t } = useT('mine')
  const { t: commonT } = useT()
  const { t: learningT } = useT('learning')
  const [shareStatus, setShareStatus] = useState('')
  // The text as stored now: a translation made on the device arrives block by block.
  const [text, setText] = useState(opened)

  useGlossCorrection(popupId, reading, (key, gloss) => store.setCorrection(text.id, key, gloss))

  async function share() {
    const { shareText } = await import('@/components/import/shareText')
    // The corrections as they are now, not as they were when the page opened.
    const file = shareText((await store.get(text.id)) ?? text)
    setShareStatus(t('shared', { file }))
  }

  const revealLabel = { text: commonT('reader.showTranslation'), lang: lng }
  const pairs = useMemo(() => pairsOf(text), [text])
  const wordCount = useMemo(
    () => text.de.reduce((sum, block) => sum + countWords(block.text), 0),
    [text],
  )
  const fromDictionary = reading?.data.entries.some((entry) => entry.source === 'dictionary')
  const row = (pair: ImportedPair) => (
    <BlockPairRow
      key={pair.number}
      pair={pair}
      revealLabel={revealLabel}
      germanHtml={reading?.html.get(pair.number)?.html.join('')}
      listenLabel={learningT('reader.listenBlock')}
      englishFooter={
        text.translation &&
        pair.en && (
          <TranslationEdit
            english={pair.en.text}
            edited={text.translation.edited.includes(pair.number - 1)}
            save={async (english) => {
              const updated = await store.setTranslatedBlock(
                text.id,
                pair.number - 1,
                english,
                'reader',
              )
              if (updated) setText(updated)
            }}
          />
        )
      }
    />
  )
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(text.createdAt)

  return (
    <ReaderShell
      title={text.title}
      details={
        <p className="text-details">
          {t('words', { count: wordCount })} · {t('imported', { date })}
          {reading && reading.unknown > 0 && ` · ${t('unknown', { count: reading.unknown })}`}
        </p>
      }
      actions={
        <p className="reader-share">
          <button type="button" onClick={() => void share()}>
            {t('share')}
          </button>{' '}
          <span role="status">{shareStatus}</span>
        </p>
      }
      translation={Boolean(text.en)}
      hint={commonT('popup.hint')}
      columns={{ german: commonT('reader.german'), english: commonT('reader.english') }}
      notices={
        <>
          {failure && (
            <p className="notice" role="alert">
              {failure}
            </p>
          )}
          {!text.en && <p className="notice">{t('noTranslation')}</p>}
          {text.translation && (
            <p className="notice">
              {text.translation.edited.length > 0
                ? t('translate.machineEdited', { count: text.translation.edited.length })
                : t('translate.machine')}
            </p>
          )}
          <MachineTranslation
            german={text.de.map((block) => block.text)}
            done={(text.en ?? []).map((block) => block.text)}
            saveBlock={async (index, english) => {
              const updated = await store.setTranslatedBlock(text.id, index, english, 'machine')
              if (updated) setText(updated)
            }}
          />
          {fromDictionary && <p className="notice">{t('dictionaryNote')}</p>}
        </>
      }
      rows={pairs.map(row)}
      learning={
        reading && (
          <ReaderLearning
            popupId={popupId}
            rootId={readerRootId}
            text={{ slug: `mine/${text.id}`, title: text.title }}
            words={reading.words}
          />
        )
      }
      popup={
        reading && <WordPopup id={popupId} rootId={readerRootId} data={reading.data} lang={lng} />
      }
    />
  )
}
