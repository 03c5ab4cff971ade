import type { Block } from '@/lib/content/types'
import type { BlockWords } from '@/lib/vocabulary/present'
import { GermanText } from './GermanText'

function BlockText({
  block,
  id,
  children,
}: {
  block: Block
  id?: string
  children?: React.ReactNode
}) {
  const Tag = block.kind === 'heading' ? 'h2' : 'p'
  return (
    <Tag className="block-text" id={id} tabIndex={id ? -1 : undefined}>
      {children ??
        block.spans.map((span, index) =>
          span.lang ? (
            <span key={index} lang={span.lang}>
              {span.text}
            </span>
          ) : (
            span.text
          ),
        )}
    </Tag>
  )
}

/** One row per pair, so both sides start on the same line however long either is. */
export interface BlockPairRowProps {
  /** An imported text may have no translation: its German blocks then stand alone. */
  pair: { number: number; kind: Block['kind']; de: Block; en?: Block; verse?: boolean }
  /** Label of the button that uncovers a hidden translation, in the interface language. */
  revealLabel: { text: string; lang: string }
  /** Absent while an imported text's words are still being analysed: the text shows plain. */
  words?: BlockWords
  /** The first pair holds the German text's one tab stop. */
  tabStop: boolean
  popupId: string
  /** Label of the block's speaker button, shown once the browser offers a German voice. */
  listenLabel: string
  /** Under the English: whose translation it is, and a way to edit it (imported texts). */
  englishFooter?: React.ReactNode
}

/** The speaker button's icon (also in `pairRowsHtml`). */
export const SPEAKER_ICON_PATH =
  'M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z'

export const pairClassName = (pair: BlockPairRowProps['pair']) =>
  `pair pair-${pair.kind}${pair.en ? '' : ' pair-alone'}${pair.verse ? ' pair-verse' : ''}`

export function BlockPairRow({
  pair,
  revealLabel,
  words,
  tabStop,
  popupId,
  listenLabel,
  englishFooter,
}: BlockPairRowProps) {
  const englishId = `en-${pair.number}`
  return (
    <div className={pairClassName(pair)}>
      <div className="block de" lang="de" data-pair={pair.number}>
        <BlockText block={pair.de}>
          {words && <GermanText words={words} tabStop={tabStop} popupId={popupId} />}
        </BlockText>
        <button type="button" className="speak-block" aria-label={listenLabel} hidden>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path d={SPEAKER_ICON_PATH} />
          </svg>
        </button>
      </div>
      {pair.en && (
        <div className="block en" lang="en" data-pair={pair.number}>
          <button
            type="button"
            className="reveal"
            aria-expanded="false"
            aria-controls={englishId}
            lang={revealLabel.lang}
          >
            {revealLabel.text}
          </button>
          <BlockText block={pair.en} id={englishId} />
          {englishFooter}
        </div>
      )}
    </div>
  )
}
