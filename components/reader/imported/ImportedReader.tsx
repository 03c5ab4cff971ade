'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { Language } from '@/i18n/settings'
import { storageMessage } from '@/components/learning/storageMessage'
import { StorageError } from '@/lib/learning/store'
import { fill } from '@/lib/text/fill'
import type { LoadedText } from './loadReading'
import type { ImportedReaderLabels } from './labels'
import { ImportedReaderView } from './ImportedReaderView'

type State = { kind: 'loading' } | LoadedText | { kind: 'failed'; reason: string }

interface ImportedReaderProps {
  lng: Language
  labels: ImportedReaderLabels
  popupId: string
}

/**
 * The reader of a text imported on this device. The server sends the page and its strings;
 * the text, and the analysis of its words, come from this browser's storage.
 */
export function ImportedReader({ lng, labels, popupId }: ImportedReaderProps) {
  const { id } = useParams<{ id: string }>()
  const [state, setState] = useState<State>({ kind: 'loading' })

  useEffect(() => {
    let current = true
    import('./loadReading')
      .then(({ loadReading }) => loadReading(id, lng, labels.reading))
      .then(
        (loaded) => current && setState(loaded),
        (error: unknown) =>
          current &&
          setState({
            kind: 'failed',
            reason:
              error instanceof StorageError
                ? storageMessage(error, labels.storage)
                : fill(labels.page.failed, {
                    reason: error instanceof Error ? error.message : String(error),
                  }),
          }),
      )
    return () => {
      current = false
    }
  }, [id, lng, labels])

  const { page } = labels
  if (state.kind === 'ready')
    return (
      <ImportedReaderView
        text={state.text}
        reading={state.reading}
        store={state.store}
        lng={lng}
        labels={labels}
        popupId={popupId}
      />
    )
  if (state.kind === 'loading')
    return (
      <p className="reader-loading" role="status">
        {page.loading}
      </p>
    )
  return (
    <div className="reader-unavailable">
      <h1>{state.kind === 'missing' ? page.missingTitle : page.failedTitle}</h1>
      <p role={state.kind === 'failed' ? 'alert' : undefined}>
        {state.kind === 'missing' ? page.missing : state.reason}
      </p>
      <p className="reader-unavailable-links">
        <Link href={`/${lng}/import`}>{page.toImport}</Link>
        <Link href={`/${lng}`}>{page.toLibrary}</Link>
      </p>
    </div>
  )
}
