import type { BlockPair } from '@/lib/content/align'
import type { Block } from '@/lib/content/types'
import { GermanText, type GermanWords } from './GermanText'

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
interface BlockPairRowProps {
  pair: BlockPair
  /** Label of the button that uncovers a hidden translation, in the interface language. */
  revealLabel: { text: string; lang: string }
  words: GermanWords
  /** The first pair holds the German text's one tab stop. */
  tabStop: boolean
  popupId: string
}

export function BlockPairRow({ pair, revealLabel, words, tabStop, popupId }: BlockPairRowProps) {
  const englishId = `en-${pair.number}`
  return (
    <div className={`pair pair-${pair.kind}`}>
      <div className="block de" lang="de" data-pair={pair.number}>
        <BlockText block={pair.de}>
          <GermanText words={words} tabStop={tabStop} popupId={popupId} />
        </BlockText>
      </div>
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
      </div>
    </div>
  )
}
