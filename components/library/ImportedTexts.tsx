'use client'

import { ActionOutcome } from '@/components/shared/ActionOutcome'
import Link from 'next/link'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useT } from '@/i18n/client'
import { storageMessage } from '@/components/storage/storageMessage'
import { useActions, type ActionResult } from '@/components/shared/useActions'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import type { ImportedText } from '@/lib/import/types'
import { toStorageError } from '@/lib/storage/storageError'
import { ImportedTextItem } from './ImportedTextItem'
import type { ImportedList } from './importedTextsData'

interface ImportedTextsProps {
  lng: string
  importHref: string
}

type Data = typeof import('./importedTextsData')

/** The reader's imported texts, apart from the curated ones, loaded once the page is idle. */
export function ImportedTexts({ lng, importHref }: ImportedTextsProps) {
  const { t } = useT('library', { keyPrefix: 'texts' })
  const { t: storageT } = useT('storage')
  const [list, setList] = useState<ImportedList>()
  const { result, failure, setFailure, perform } = useActions((error) =>
    storageMessage(toStorageError(error), storageT),
  )
  const data = useRef<Data>(undefined)
  const section = useRef<HTMLDivElement>(null)
  // After an undo, focus goes to the restored text rather than to the top of the page.
  const restoredId = useRef<string>(undefined)
  const date = useMemo(() => new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }), [lng])

  useAfterLoad(async () => {
    const loaded = await import('./importedTextsData')
    data.current = loaded
    return loaded.watchImportedTexts(setList, (error) =>
      setFailure(storageMessage(error, storageT)),
    )
  })

  useEffect(() => {
    const id = restoredId.current
    const link = id && section.current?.querySelector<HTMLElement>(`[data-id="${id}"] a`)
    if (!link) return
    restoredId.current = undefined
    link.focus()
  }, [list])

  // The actions need the data module, which loads once the page is idle.
  function act(work: (loaded: Data) => Promise<ActionResult>) {
    const loaded = data.current
    if (loaded) void perform(() => work(loaded))
  }

  const remove = (text: ImportedText) =>
    act(async (loaded) => {
      await loaded.removeText(text.id)
      return {
        text: t('deleted', { title: text.title }),
        undo: async () => {
          // Named before the write: the list can show the text again before this goes on.
          restoredId.current = text.id
          try {
            await loaded.restoreText(text)
          } catch (error) {
            restoredId.current = undefined
            throw error
          }
          return { text: t('restored', { title: text.title }) }
        },
      }
    })

  const share = (text: ImportedText) =>
    act(async (loaded) => ({ text: t('shared', { file: loaded.shareText(text) }) }))

  return (
    <div className="imported-texts-body" ref={section}>
      <ActionOutcome result={result} failure={failure} undoLabel={t('undo')} perform={perform} />
      {!list ? (
        !failure && <p className="imported-loading">{t('loading')}</p>
      ) : (
        <>
          {list.unreadable > 0 && <p>{t('unreadable', { count: list.unreadable })}</p>}
          {list.texts.length === 0 ? (
            <p>
              {t('empty')} <Link href={importHref}>{t('emptyLink')}</Link>
            </p>
          ) : (
            <ul className="imported-list">
              {list.texts.map(({ text, words, blocks }) => (
                <ImportedTextItem
                  key={text.id}
                  text={text}
                  words={words}
                  blocks={blocks}
                  lng={lng}
                  date={date}
                  onShare={() => share(text)}
                  onDelete={() => remove(text)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
