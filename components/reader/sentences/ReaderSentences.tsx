'use client'

import { useEffect } from 'react'
import { usePrefs } from '@/components/preferences/prefsStore'
import { detachSentences, sentencesOf } from './loadSentences'

/** What shows a reader wants its sentences: the code loads at the first of them. */
const FIRST_USE = ['pointerover', 'focusin', 'touchstart'] as const

/**
 * The sentence-by-sentence view's place in the reader (filled in the browser) and the
 * loading of the sentence code: at the reader's first hover, focus or touch in the text, or
 * at once when the sentence view is the chosen mode.
 */
export function ReaderSentences({ rootId }: { rootId: string }) {
  const sentenceMode = usePrefs().view === 'sentences'

  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!root) return
    const stop = new AbortController()
    const load = () => {
      stop.abort()
      void sentencesOf(root)
    }
    for (const type of FIRST_USE)
      root.addEventListener(type, load, { once: true, passive: true, signal: stop.signal })
    return () => {
      stop.abort()
      detachSentences(root)
    }
  }, [rootId])

  useEffect(() => {
    const root = document.getElementById(rootId)
    if (root && sentenceMode) void sentencesOf(root)
  }, [rootId, sentenceMode])

  return <div className="sentence-view" />
}
