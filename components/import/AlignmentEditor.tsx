'use client'

import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import {
  insertGap,
  mergeWithNext,
  moveBlock,
  removeGap,
  splitAfterFirstSentence,
} from '@/lib/import/align'
import type { ImportBlock } from '@/lib/import/blocks'
import { AlignBlock, type AlignAction } from './AlignBlock'
import { useT } from '@/i18n/client'

type Side = 'de' | 'en'
export type Sides = Record<Side, ImportBlock[]>

/** What the buttons under the rows need: the pairs as they are now. */
export interface AlignmentState {
  blocks: Sides
  /** Every German block has its English partner (or, in a book, its empty slot). */
  matched: boolean
  /** Rows still flagged as doubtful, by index. */
  doubtful: number[]
  /** The id of a line saying why the pairs cannot be kept yet, for `aria-describedby`. */
  explanationId: string
}

interface AlignmentEditorProps {
  initial: Sides
  heading: string
  intro: string
  /**
   * A book chapter's German is the book's and stays as it is: only the English is merged,
   * split, moved, or given an empty slot beside a German block it does not translate.
   */
  fixedGerman?: boolean
  /** Rows the aligner doubts: flagged until the reader changes their English or confirms them. */
  doubtful?: readonly number[]
  /** The buttons under the rows: what to do with the pairs as they are now. */
  children: (state: AlignmentState) => ReactNode
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
  gap: (blocks, index) => [insertGap(blocks, index), index + 1],
  removeGap: (blocks, index) => [removeGap(blocks, index), index],
}

/** The button to focus when the one pressed is gone: a block moved to the end can still go back. */
const nearest: Record<AlignAction, AlignAction> = {
  merge: 'split',
  split: 'merge',
  up: 'down',
  down: 'up',
  gap: 'removeGap',
  removeGap: 'gap',
}

function actionsFor(blocks: ImportBlock[], index: number, gaps: boolean): AlignAction[] {
  const last = index === blocks.length - 1
  const empty = blocks[index]?.text === ''
  const actions: AlignAction[] = []
  if (!last) actions.push('merge')
  if (splitAfterFirstSentence(blocks, index).length > blocks.length) actions.push('split')
  if (index > 0) actions.push('up')
  if (!last) actions.push('down')
  if (gaps) actions.push(empty ? 'removeGap' : 'gap')
  return actions
}

/**
 * Pairs German and English blocks by merging, splitting and moving them: for an imported
 * text whose two sides differ in number, and for a book chapter beside its published
 * translation (the German fixed, the aligner's doubtful pairs flagged). Nothing is ever
 * dropped, and focus stays on the block acted on.
 */
export function AlignmentEditor({
  initial,
  heading: headingText,
  intro,
  fixedGerman = false,
  doubtful: initialDoubtful = [],
  children,
}: AlignmentEditorProps) {
  const { t } = useT('import', { keyPrefix: 'align' })
  const [blocks, setBlocks] = useState<Sides>(initial)
  const [doubtful, setDoubtful] = useState(() => new Set(initialDoubtful))
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

  function settle(...rows: number[]) {
    setDoubtful((current) => new Set([...current].filter((row) => !rows.includes(row))))
  }

  function act(side: Side, index: number, action: AlignAction) {
    const [next, at] = operations[action](blocks[side], index)
    pendingFocus.current = { side, index: at, action }
    setBlocks({ ...blocks, [side]: next })
    // The reader has looked at the pairs they changed: theirs now, no longer in doubt.
    settle(index, at)
  }

  const counts = { de: blocks.de.length, en: blocks.en.length }
  return (
    <section className="align-editor" aria-labelledby="align-heading">
      <h2 id="align-heading" ref={heading} tabIndex={-1}>
        {headingText}
      </h2>
      <p>{intro}</p>
      <p className="align-count" role="status">
        {t(matched ? 'matched' : 'counts', counts)}
        {doubtful.size > 0 && ` ${t('doubtfulLeft', { count: doubtful.size })}`}
      </p>
      <ol className="align-rows" ref={list}>
        {Array.from({ length: rows }, (_, index) => (
          <li
            key={index}
            className={doubtful.has(index) ? 'align-row align-doubtful' : 'align-row'}
            data-row={index}
            tabIndex={-1}
          >
            {doubtful.has(index) && (
              <p className="align-flag">
                <strong>{t('doubtful')}</strong>{' '}
                <button
                  type="button"
                  aria-label={t('actionName', {
                    action: t('confirm'),
                    block: t('deBlock', { number: index + 1 }),
                  })}
                  onClick={() => settle(index)}
                >
                  {t('confirm')}
                </button>
              </p>
            )}
            <ul className="align-pair">
              {(['de', 'en'] as const).map((side) => (
                <AlignBlock
                  key={side}
                  side={side}
                  index={index}
                  block={blocks[side][index]}
                  actions={
                    blocks[side][index] && !(fixedGerman && side === 'de')
                      ? actionsFor(blocks[side], index, fixedGerman)
                      : []
                  }
                  onAction={(action) => act(side, index, action)}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="align-actions">
        {children({
          blocks,
          matched,
          doubtful: [...doubtful].sort((a, b) => a - b),
          explanationId,
        })}
      </div>
    </section>
  )
}
