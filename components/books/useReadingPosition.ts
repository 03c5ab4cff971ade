'use client'

import { useEffect } from 'react'
import type { ReadingPosition } from '@/lib/books/records'

/** Saves at most this often while the reader scrolls: a write per frame would be wasted. */
const SAVE_INTERVAL_MS = 1_000

/** The German block rows of the reader, numbered from 1 by `data-pair`. */
const BLOCK_SELECTOR = '#reader-text .block.de[data-pair]'

/**
 * Scrolls to `restore` (a block index of this chapter) once, then reports the first block
 * whose top is on screen as the reader scrolls, at most once a second. `rendered` changes
 * when more rows are shown, so that they are observed too.
 */
export function useReadingPosition(
  chapter: number,
  rendered: number,
  restore: number | undefined,
  save: (position: ReadingPosition) => void,
) {
  useEffect(() => {
    if (restore === undefined || restore === 0) return
    document
      .querySelector(`#reader-text .block.de[data-pair="${restore + 1}"]`)
      ?.scrollIntoView({ block: 'start' })
    // Only when the chapter opens, not as more of it is shown.
  }, [chapter, restore])

  useEffect(() => {
    const visible = new Set<HTMLElement>()
    let timer: number | undefined
    const report = () => {
      timer = undefined
      // Rows of a chapter already replaced say nothing about where the reader is now.
      const blocks = [...visible]
        .filter((block) => block.isConnected)
        .sort((a, b) => Number(a.dataset.pair) - Number(b.dataset.pair))
      const first = blocks.find((block) => block.getBoundingClientRect().top >= 0) ?? blocks[0]
      if (first) save({ chapter, block: Number(first.dataset.pair) - 1 })
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const block = entry.target as HTMLElement
        if (entry.isIntersecting) visible.add(block)
        else visible.delete(block)
      }
      timer ??= window.setTimeout(report, SAVE_INTERVAL_MS)
    })
    for (const block of document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR))
      observer.observe(block)
    // Leaving the page within the interval keeps the last place too.
    const flush = () => {
      if (timer === undefined) return
      window.clearTimeout(timer)
      report()
    }
    window.addEventListener('pagehide', flush)
    return () => {
      observer.disconnect()
      window.removeEventListener('pagehide', flush)
      flush()
    }
    // `save` is a new function each render; observing again for it would lose nothing but time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chapter, rendered])
}
