'use client'

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface ShownWord {
  text: string
  gloss: string
  left: number
  top: number
}

/** Space between a word and the popup under it, in CSS pixels. */
const POPUP_GAP_PX = 6

/** One delegated listener for every word; the popup is React state, rendered by React. */
export function ReferencePopup({ rootId }: { rootId: string }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState<ShownWord | null>(null)
  useEffect(() => {
    const root = document.getElementById(rootId)
    if (!root) return
    const show = (event: Event) => {
      const word = event.target instanceof Element ? event.target.closest<HTMLElement>('.w') : null
      if (!word) return
      document.querySelector('.w-active')?.classList.remove('w-active')
      word.classList.add('w-active')
      const rect = word.getBoundingClientRect()
      setShown({
        text: word.textContent ?? '',
        gloss: word.dataset.g ?? '',
        left: rect.left + window.scrollX,
        top: rect.bottom + window.scrollY + POPUP_GAP_PX,
      })
    }
    const hide = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.w')) setShown(null)
    }
    root.addEventListener('pointerover', show)
    root.addEventListener('pointerout', hide)
    root.addEventListener('click', show)
    return () => {
      root.removeEventListener('pointerover', show)
      root.removeEventListener('pointerout', hide)
      root.removeEventListener('click', show)
    }
  }, [rootId])
  return (
    <div
      id="word-popup"
      role="dialog"
      aria-label={t('popupLabel')}
      hidden={!shown}
      style={shown ? { left: shown.left, top: shown.top } : undefined}
    >
      {shown && `${shown.text} – ${shown.gloss}`}
    </div>
  )
}
