'use client'

import { useEffect, useRef } from 'react'
import { useT } from '@/i18n/client'
import { getPrefs } from '@/components/preferences/prefsStore'
import type { PopupData, TextPopupData } from '@/lib/vocabulary/present'
import { applyWordRefs } from './wordSpans'

/**
 * A curated text's popup data is fetched from `url` (a static file, kept offline by the
 * service worker), which keeps it out of the page's HTML; an imported text's is made in the
 * browser and given as it is.
 */
type PopupDataSource = PopupData | { url: string }

interface WordPopupProps {
  id: string
  /** The element that holds the German words; its id, so the server can render it. */
  rootId: string
  data: PopupDataSource
  lang: string
}

/** The popup's data; a fetched one also gives the root's word spans their references. */
async function loadPopupData(source: PopupDataSource, root: HTMLElement): Promise<PopupData> {
  if (!('url' in source)) return source
  const response = await fetch(source.url)
  if (!response.ok) throw new Error(`${source.url}: ${response.status}`)
  const { words, ...data } = (await response.json()) as TextPopupData
  if (!(await applyWordRefs(root, words))) throw new Error(`${source.url}: not this page's words`)
  return data
}

/**
 * The reader's one vocabulary popup: React renders the empty dialog, plain DOM fills it. Its
 * code and its data come after the page's first scripts: a word has no popup before the page
 * is hydrated anyway, and the text paints without waiting for either.
 */
export function WordPopup({ id, rootId, data, lang }: WordPopupProps) {
  const { t } = useT()
  const popup = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = document.getElementById(rootId)
    const element = popup.current
    if (!root || !element) return
    let detach: (() => void) | undefined
    let stopped = false
    Promise.all([import('./attachWordPopup'), loadPopupData(data, root)])
      .then(([{ attachWordPopup }, popupData]) => {
        if (stopped) return
        detach = attachWordPopup({
          root,
          popup: element,
          data: popupData,
          t,
          hoverOpens: () => getPrefs().hoverPopup,
        })
      })
      .catch((error: unknown) =>
        // Offline before the text was ever stored: the text still reads, without popups.
        console.warn('The word popups have no data:', error),
      )
    return () => {
      stopped = true
      detach?.()
    }
  }, [rootId, data, t])
  return <div ref={popup} id={id} className="word-popup" role="dialog" lang={lang} hidden />
}
