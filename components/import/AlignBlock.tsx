'use client'

import type { ImportBlock } from '@/lib/import/blocks'
import { useT } from '@/i18n/client'

export type AlignAction = 'merge' | 'split' | 'up' | 'down' | 'gap' | 'removeGap'

interface AlignBlockProps {
  side: 'de' | 'en'
  index: number
  /** Absent where this side has fewer blocks; empty text where a book's German has no English. */
  block?: ImportBlock
  /** The operations that would change something for this block. */
  actions: readonly AlignAction[]
  onAction: (action: AlignAction) => void
}

/** One block of one side in the alignment editor: its text, as text, and its operations. */
export function AlignBlock({ side, index, block, actions, onAction }: AlignBlockProps) {
  const { t } = useT('import', { keyPrefix: 'align' })
  const name = t(side === 'de' ? 'deBlock' : 'enBlock', { number: index + 1 })
  const kind = block?.kind === 'heading' || block?.kind === 'note' ? block.kind : undefined
  return (
    <li
      className={block?.text ? 'align-block' : 'align-block align-empty'}
      data-side={side}
      data-index={index}
      tabIndex={-1}
    >
      <p className="align-label">
        {name}
        {kind && ` · ${t(`${kind}_kind`)}`}
      </p>
      {block?.text ? (
        <p className="align-text" lang={side}>
          {block.text}
        </p>
      ) : (
        <p className="align-text">{t(block ? 'noEnglish' : 'noBlock')}</p>
      )}
      {actions.length > 0 && (
        <div className="align-tools">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              aria-label={t('actionName', { action: t(action), block: name })}
              onClick={() => onAction(action)}
            >
              {t(action)}
            </button>
          ))}
        </div>
      )}
    </li>
  )
}
