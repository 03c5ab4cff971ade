import type { Block } from '@/lib/content/types'
import { spansHtml } from '@/lib/vocabulary/blockTextHtml'

/** A block's text; its words and spans come as HTML (see `lib/vocabulary/blockTextHtml`). */
function BlockText({ block, id, html }: { block: Block; id?: string; html: string }) {
  const Tag = block.kind === 'heading' ? 'h2' : 'p'
  return (
    <Tag
      className="block-text"
      id={id}
      tabIndex={id ? -1 : undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}

/** One row per pair, so both sides start on the same line however long either is. */
interface BlockPairRowProps {
  /** An imported text may have no translation: its German blocks then stand alone. */
  pair: { number: number; kind: Block['kind']; de: Block; en?: Block; verse?: boolean }
  /** Label of the button that uncovers a hidden translation, in the interface language. */
  revealLabel: { text: string; lang: string }
  /**
   * The German words as spans (`germanWordsHtml`), made on the server for a curated text and
   * in the analysis worker for an imported one. Absent while an imported text's words are
   * still being analysed: the text shows plain.
   */
  germanHtml?: string
  /** Label of the block's speaker button, shown once the browser offers a German voice. */
  listenLabel: string
  /** Under the English: whose translation it is, and a way to edit it (imported texts). */
  englishFooter?: React.ReactNode
}

export function BlockPairRow({
  pair,
  revealLabel,
  germanHtml,
  listenLabel,
  englishFooter,
}: BlockPairRowProps) {
  const englishId = `en-${pair.number}`
  return (
    <div
      className={`pair pair-${pair.kind}${pair.en ? '' : ' pair-alone'}${pair.verse ? ' pair-verse' : ''}`}
    >
      <div className="block de" lang="de" data-pair={pair.number}>
        <BlockText block={pair.de} html={germanHtml ?? spansHtml(pair.de)} />
        <button type="button" className="speak-block" aria-label={listenLabel} hidden>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
            <path d="M4 9v6h4l5 4V5L8 9H4zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z" />
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
          <BlockText block={pair.en} id={englishId} html={spansHtml(pair.en)} />
          {englishFooter}
        </div>
      )}
    </div>
  )
}
