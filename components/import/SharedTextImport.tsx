'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { importedTextPath } from '@/lib/routes'
import { failureMessage } from './failureMessage'
import { useT } from 'next-i18next/client'

interface SharedTextImportProps {
  lng: string
}

/** Opens a `.zweiklang.json` file someone shared: added to the reader's texts, then read. */
export function SharedTextImport({ lng }: SharedTextImportProps) {
  const { t } = useT('import')
  const { t: storageT } = useT('storage')
  const router = useRouter()
  const [problem, setProblem] = useState<string>()
  const [opening, setOpening] = useState(false)
  const id = useId()

  async function open(file: File | undefined) {
    if (!file) return
    setOpening(true)
    try {
      const { openSharedFile } = await import('./importWork')
      const text = await openSharedFile(file)
      setProblem(undefined)
      router.push(importedTextPath(lng, text.id))
    } catch (error) {
      setProblem(failureMessage(error, t, storageT))
    } finally {
      setOpening(false)
    }
  }

  return (
    <div className="import-field">
      <label htmlFor={id}>{t('shared.file')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => void open(event.target.files?.[0])}
      />
      <p role="status">{opening ? t('shared.opening') : ''}</p>
      {problem && (
        <p id={`${id}-problem`} className="alert-box" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
