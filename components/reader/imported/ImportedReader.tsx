'use client'

import { useEffect, useState } from 'react'
import { useT } from '@/i18n/client'
import type { Language } from '@/i18n/settings'
import { StoredReaderStatus } from '@/components/reader/StoredReaderStatus'
import { presentLabels } from '@/components/popup/presentLabels'
import { onLoad } from '@/components/shared/afterLoad'
import { storageMessage } from '@/components/storage/storageMessage'
import type { ImportedReading } from '@/lib/import/reading'
import { StorageError } from '@/lib/storage/storageError'
import { importedTextId } from '@/lib/routes'
import type { OpenedText } from './openText'
import { ImportedReaderView } from './ImportedReaderView'

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; reason: string }
  | (OpenedText & { kind: 'text'; reading?: ImportedReading; failure?: string })

interface ImportedReaderProps {
  lng: Language
  popupId: string
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * The reader of a text imported on this device. The server sends one page for all of them; the text comes from this browser's storage and shows at once, then its
 * words are analysed and get their popups. If the lookup fails, the text stays readable.
 */
export function ImportedReader({ lng, popupId }: ImportedReaderProps) {
  const [state, setState] = useState<State>({ kind: 'loading' })
  const { t } = useT('mine')
  const { t: commonT } = useT()
  const { t: storageT } = useT('storage')

  useEffect(() => {
    // One page serves every text (a rewrite): the id is in the address, not in the route.
    const id = importedTextId(window.location.pathname)
    let current = true
    const cancel = onLoad(async () => {
      let opened: OpenedText | undefined
      try {
        const { openImportedText } = await import('./openText')
        opened = id ? await openImportedText(id) : undefined
      } catch (error) {
        const reason =
          error instanceof StorageError ? storageMessage(error, storageT) : reasonOf(error)
        if (current) setState({ kind: 'unreadable', reason })
        return
      }
      if (!current) return
      if (!opened) return setState({ kind: 'missing' })
      const text = opened
      setState({ kind: 'text', ...text })
      try {
        const { analyseText } = await import('./analyseText')
        const reading = await analyseText(
          text.text,
          lng,
          { present: presentLabels(commonT) },
          { key: `text:${text.text.id}:${text.text.updatedAt}`, popupId },
        )
        if (current) setState({ kind: 'text', ...text, reading })
      } catch (error) {
        const failure = t('failed', { reason: reasonOf(error) })
        if (current) setState({ kind: 'text', ...text, failure })
      }
    })
    return () => {
      current = false
      cancel()
    }
  }, [lng, t, commonT, storageT, popupId])

  if (state.kind === 'text')
    return (
      <ImportedReaderView
        text={state.text}
        store={state.store}
        reading={state.reading}
        failure={state.failure}
        lng={lng}
        popupId={popupId}
      />
    )
  return <StoredReaderStatus status={state} lng={lng} strings={{ ns: 'mine' }} />
}
