'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { mergeWithNext, moveBlock, splitAfterFirstSentence } from '@/lib/import/align'
import type { ImportBlock } from '@/lib/import/blocks'
import { AlignBlock, type AlignAction } from './AlignBlock'
import { useT } from 'next-i18next/client'

type Side = 'de' | 'en'
type Sides = Record<Side, ImportBlock[]>

interface AlignmentEditorProps {
  initial: Sides
  onRead: (blocks: Sides) => void
  onReadGerman: (de: ImportBlock[]) => void
  onBack: (blocks: Sides) => void
}

/** Each operation, and the index the block it acted on has afterwards. */
const operations: Record<
  AlignAction,
  (blocks: ImportBlock[], index: number) => [ImportBlock[], number]
> = {
  merge: (blocks, index) => [mergeWithNext(blocks, index), index],
  split: (blocks, index) => [splitAfterFirstSentence(blocks, index), index],
  up: (blocks, index) => [moveBlock(blocks, index, index - 1), index - 1],
  down: (blocks, index) => [moveBlock(blocks, index, index + 1), index + 1],
}

/** The button to focus when the one pressed is gone: a block moved to the end can still go back. */
const nearest: Record<AlignAction, AlignAction> = {
  merge: 'split',
  split: 'merge',
  up: 'down',
  down: 'up',
}

function actionsFor(blocks: ImportBlock[], index: number): AlignAction[] {
  const last = index === blocks.length - 1
  const actions: AlignAction[] = []
  if (!last) actions.push('merge')
  if (splitAfterFirstSentence(blocks, index).length > blocks.length) actions.push('split')
  if (index > 0) actions.push('up')
  if (!last) actions.push('down')
  return actions
}

/**
 * Shown when the German and the translation have different numbers of blocks: the reader
 * pairs them by merging, splitting and moving blocks. Nothing is ever dropped.
 */
export function AlignmentEditor({ initial, onRead, onReadGerman, onBack }: AlignmentEditorProps) {
  const { t } = useT('import', { keyPrefix: 'align' })
  const [blocks, setBlocks] = useState<Sides>(initial)
  const heading = useRef<HTMLHeadingElement>(null)
  const list = useRef<HTMLOListElement>(null)
  // Where focus goes once an operation has rendered: the same button of the resulting block.
  const pendingFocus = useRef<{ side: Side; index: number; action: AlignAction }>(undefined)
  const explanationId = useId()
  const matched = blocks.de.length === blocks.en.length
  const rows = Math.max(blocks.de.length, blocks.en.length)

  useEffect(() => heading.current?.focus(), [])

  useEffect(() => {
    const target = pendingFocus.current
    pendingFocus.current = undefined
    if (!target || !list.current) return
    const block = `[data-side="${target.side}"][data-index="${target.index}"]`
    const element =
      list.current.querySelector<HTMLElement>(`${block} [data-action="${target.action}"]`) ??
      list.current.querySelector<HTMLElement>(
        `${block} [data-action="${nearest[target.action]}"]`,
      ) ??
      list.current.querySelector<HTMLElement>(block) ??
      list.current.querySelector<HTMLElement>(`[data-row="${target.index}"]`)
    element?.focus()
  }, [blocks])

  function act(side: Side, index: number, action: AlignAction) {
    const [next, at] = operations[action](blocks[side], index)
    pendingFocus.current = { side, index: at, action }
    setBlocks({ ...blocks, [side]: next })
  }

  const counts = { de: blocks.de.length, en: blocks.en.length }
  return (
    <section className="align-editor" aria-labelledby="align-heading">
      <h2 id="align-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>
        {t('intro', { count: initial.de.length, de: initial.de.length, en: initial.en.length })}
      </p>
      <p className="align-count" role="status">
        {t(matched ? 'matched' : 'counts', counts)}
      </p>
      <ol className="align-rows" ref={list}>
        {Array.from({ length: rows }, (_, index) => (
          <li key={index} className="align-row" data-row={index} tabIndex={-1}>
            <ul className="align-pair">
              {(['de', 'en'] as const).map((side) => (
                <AlignBlock
                  key={side}
                  side={side}
                  index={index}
                  block={blocks[side][index]}
                  actions={blocks[side][index] ? actionsFor(blocks[side], index) : []}
                  onAction={(action) => act(side, index, action)}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="align-actions">
        {/* Stays focusable while the counts differ, and says why it does nothing yet. */}
        <button
          type="button"
          className="import-submit"
          aria-disabled={!matched}
          aria-describedby={matched ? undefined : explanationId}
          onClick={() => matched && onRead(blocks)}
        >
          {t('read')}
        </button>
        <button type="button" onClick={() => onReadGerman(blocks.de)}>
          {t('readGerman')}
        </button>
        <button type="button" onClick={() => onBack(blocks)}>
          {t('back')}
        </button>
        {!matched && (
          <p id={explanationId} className="align-explanation">
            {t('readDisabled')}
          </p>
        )}
      </div>
    </section>
  )
}
