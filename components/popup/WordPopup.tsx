'use client'

import { useEffect, useRef } from 'react'
import { getPrefs } from '@/components/preferences/prefsStore'
import type { PopupData } from '@/lib/vocabulary/present'
import type { PopupLabels } from './popupContent'
import { afterLoad } from '@/components/shared/afterLoad'
import { attachWordPopup } from './attachWordPopup'
import { loadFloatingUi } from './placement'

interface WordPopupProps {
  id: string
  /** The element that holds the German words; its id, so the server can render it. */
  rootId: string
  data: PopupData
  labels: PopupLabels
  lang: string
}

/** The reader's one vocabulary popup: React renders the empty dialog, plain DOM fills it. */
export function WordPopup({ id, rootId, data, labels, lang }: WordPopupProps) {
  const popup = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!root || !popup.current) return
    const cancelPreload = afterLoad(() => void loadFloatingUi())
    const detach = attachWordPopup({
      root,
      popup: popup.current,
      data,
      labels,
      hoverOpens: () => getPrefs().hoverPopup,
    })
    return () => {
      cancelPreload()
      detach()
    }
  }, [rootId, data, labels])
  return <div ref={popup} id={id} className="word-popup" role="dialog" lang={lang} hidden />
}
