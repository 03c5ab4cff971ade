'use client'

import { useRef } from 'react'
import { useT } from '@/i18n/client'
import { popupRegistered } from '@/components/popup/popupRegistry'
import { useAfterLoad } from '@/components/shared/useAfterLoad'
import type { TextWords } from '@/lib/learning/textWords'

interface ReaderLearningProps {
  popupId: string
  rootId: string
  text: { slug: string; title: string }
  /** The senses of an imported text, analysed in the browser; curated texts fetch theirs. */
  words?: TextWords
}

/**
 * The reader's learning features: status marks, the popup's save buttons, speech and "mark
 * the rest known". Their code, storage included, loads once the page is idle, so it never
 * delays the text or the popup; until then the page reads as before.
 */
export function ReaderLearning({ popupId, rootId, text, words }: ReaderLearningProps) {
  const { t } = useT('learning')
  const { t: storageT } = useT('storage')
  const markKnown = useRef<HTMLButtonElement>(null)
  const toast = useRef<HTMLDivElement>(null)
  useAfterLoad(async () => {
    const { attachReaderLearning } = await import('./attachLearning')
    // The learning features extend the popup, which comes once its data has arrived.
    await popupRegistered(popupId)
    const root = document.getElementById(rootId)
    if (!root || !markKnown.current || !toast.current) return () => {}
    return attachReaderLearning({
      root,
      popupId,
      text,
      t,
      storageT,
      words,
      markKnown: markKnown.current,
      toast: toast.current,
    })
  }, `${rootId} ${popupId} ${text.slug}`)
  return (
    <>
      <p className="mark-known">
        <button ref={markKnown} type="button" hidden>
          {t('reader.markAllKnown')}
        </button>
      </p>
      <div ref={toast} className="reader-toast" role="status" />
    </>
  )
}
