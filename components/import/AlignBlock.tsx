'use client'

import type { ImportBlock } from '@/lib/import/blocks'
import { fill } from '@/lib/text/fill'
import type { AlignStrings } from './ImportLabels'

export type AlignAction = 'merge' | 'split' | 'up' | 'down'

interface AlignBlockProps {
  side: 'de' | 'en'
  index: number
  /** Absent where this side has fewer blocks: an empty slot. */
  block?: ImportBlock
  /** The operations that would change something for this block. */
  actions: readonly AlignAction[]
  labels: AlignStrings
  onAction: (action: AlignAction) => void
}

/** One block of one side in the alignment editor: its text, as text, and its operations. */
export function AlignBlock({ side, index, block, actions, labels, onAction }: AlignBlockProps) {
  const name = fill(side === 'de' ? labels.deBlock : labels.enBlock, { number: String(index + 1) })
  const kind = block?.kind === 'heading' || block?.kind === 'note' ? block.kind : undefined
  return (
    <li
      className={block ? 'align-block' : 'align-block align-empty'}
      data-side={side}
      data-index={index}
      tabIndex={-1}
    >
      <p className="align-label">
        {name}
        {kind && ` · ${labels[`${kind}_kind`]}`}
      </p>
      {block ? (
        <p className="align-text" lang={side}>
          {block.text}
        </p>
      ) : (
        <p className="align-text">{labels.noBlock}</p>
      )}
      {actions.length > 0 && (
        <div className="align-tools">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              aria-label={fill(labels.actionName, { action: labels[action], block: name })}
              onClick={() => onAction(action)}
            >
              {labels[action]}
            </button>
          ))}
        </div>
      )}
    </li>
  )
}
