'use client'

import { useEffect, useRef } from 'react'
import { useT } from 'next-i18next/client'
import { getPrefs } from '@/components/preferences/prefsStore'
import type { PopupData } from '@/lib/vocabulary/present'
import { afterLoad } from '@/components/shared/afterLoad'
import { attachWordPopup } from './attachWordPopup'
import { loadFloatingUi } from './placement'

interface WordPopupProps {
  id: string
  /** The element that holds the German words; its id, so the server can render it. */
  rootId: string
  data: PopupData
  lang: string
}

/** The reader's one vocabulary popup: React renders the empty dialog, plain DOM fills it. */
export function WordPopup({ id, rootId, data, lang }: WordPopupProps) {
  const { t } = useT()
  const popup = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!root || !popup.current) return
    const cancelPreload = afterLoad(() => void loadFloatingUi())
    const detach = attachWordPopup({
      root,
      popup: popup.current,
      data,
      t,
      hoverOpens: () => getPrefs().hoverPopup,
    })
    return () => {
      cancelPreload()
      detach()
    }
  }, [rootId, data, t])
  return <div ref={popup} id={id} className="word-popup" role="dialog" lang={lang} hidden />
}
