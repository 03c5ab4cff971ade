'use client'

import { useEffect } from 'react'
import { revealTranslations } from './revealTranslations'

/**
 * One delegated listener for the whole text: in "translation hidden" mode a click or tap on
 * an English block, or Enter on its button, uncovers it and moves focus to its text.
 */
export function TranslationReveal() {
  useEffect(() => {
    const root = document.getElementById('reader-text')?.closest('.reader')
    if (!root) return
    function onClick(event: Event) {
      if (document.documentElement.dataset.view !== 'hidden') return
      const block = (event.target as Element).closest<HTMLElement>('.block.en')
      if (!block || block.dataset.revealed) return
      revealTranslations(block)
      block.querySelector<HTMLElement>('.block-text')?.focus()
    }
    root.addEventListener('click', onClick)
    return () => root.removeEventListener('click', onClick)
  }, [])
  return null
}
