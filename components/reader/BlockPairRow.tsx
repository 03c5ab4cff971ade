import type { BlockPair } from '@/lib/content/align'
import type { Block } from '@/lib/content/types'

function BlockText({ block, id }: { block: Block; id?: string }) {
  const Tag = block.kind === 'heading' ? 'h2' : 'p'
  return (
    <Tag className="block-text" id={id} tabIndex={id ? -1 : undefined}>
      {block.spans.map((span, index) =>
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
}

export function BlockPairRow({ pair, revealLabel }: BlockPairRowProps) {
  const englishId = `en-${pair.number}`
  return (
    <div className={`pair pair-${pair.kind}`}>
      {/* Focusable so that keyboard readers get the counterpart highlight too. */}
      <div className="block de" lang="de" data-pair={pair.number} tabIndex={0}>
        <BlockText block={pair.de} />
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
