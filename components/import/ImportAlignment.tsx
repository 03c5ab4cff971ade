'use client'

import { useT } from '@/i18n/client'
import type { ImportBlock } from '@/lib/import/blocks'
import { AlignmentEditor, type Sides } from './AlignmentEditor'

interface ImportAlignmentProps {
  initial: Sides
  onRead: (blocks: Sides) => void
  onReadGerman: (de: ImportBlock[]) => void
  onBack: (blocks: Sides) => void
}

/**
 * Shown when an imported text's German and translation have different numbers of blocks:
 * the reader pairs them, then reads, reads the German alone, or goes back to the form.
 */
export function ImportAlignment({ initial, onRead, onReadGerman, onBack }: ImportAlignmentProps) {
  const { t } = useT('import', { keyPrefix: 'align' })
  return (
    <AlignmentEditor
      initial={initial}
      heading={t('heading')}
      intro={t('intro', {
        count: initial.de.length,
        de: initial.de.length,
        en: initial.en.length,
      })}
    >
      {({ blocks, matched, explanationId }) => (
        <>
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
        </>
      )}
    </AlignmentEditor>
  )
}
