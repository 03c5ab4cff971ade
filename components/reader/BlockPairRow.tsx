import type { Block } from '@/lib/content/types'
import { spansHtml, type WordSegments } from '@/lib/vocabulary/blockTextHtml'

/**
 * A block's words in segments, the first `shown` of them as spans and the rest still plain:
 * a long block gets its spans a segment at a time (a book's reader, `BookChapters`).
 */
export interface ShownSegments {
  segments: WordSegments
  shown: number
}

/**
 * A block's text; its words and spans come as HTML (see `lib/vocabulary/blockTextHtml`), in
 * one piece or in segments: each segment then stands in an element of its own, so that
 * showing the next one adds its spans without replacing those already there.
 */
function BlockText({
  block,
  id,
  html,
}: {
  block: Block
  id?: string
  html: string | ShownSegments
}) {
  const Tag = block.kind === 'heading' ? 'h2' : 'p'
  const props = { className: 'block-text', id, tabIndex: id ? -1 : undefined }
  if (typeof html === 'string') return <Tag {...props} dangerouslySetInnerHTML={{ __html: html }} />
  const { segments, shown } = html
  return (
    <Tag {...props}>
      {segments.html.slice(0, shown).map((segment, i) => (
        <span key={i} className="block-segment" dangerouslySetInnerHTML={{ __html: segment }} />
      ))}
      {shown < segments.html.length && (
        <span
          key="plain"
          className="block-segment"
          dangerouslySetInnerHTML={{ __html: segments.plain.slice(shown).join('') }}
        />
      )}
    </Tag>
  )
}

/** The German block's text: its words' HTML once there is some, else the text as written. */
const germanText = (block: Block, html: BlockPairRowProps['germanHtml']) =>
  html === undefined || (typeof html !== 'string' && html.shown === 0) ? spansHtml(block) : html

/** One row per pair, so both sides start on the same line however long either is. */
interface BlockPairRowProps {
  /** An imported text may have no translation: its German blocks then stand alone. */
  pair: { number: number; kind: Block['kind']; de: Block; en?: Block; verse?: boolean }
  /** Label of the button that uncovers a hidden translation, in the interface language. */
  revealLabel: { text: string; lang: string }
  /**
   * The German words as spans (`germanWordsHtml`), made on the server for a curated text and
   * in the analysis worker for an imported one; or in segments, some of them spans. Absent
   * (or no segment shown) while an imported text's words are still being analysed: the text
   * shows plain.
   */
  germanHtml?: string | ShownSegments
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
        <BlockText block={pair.de} html={germanText(pair.de, germanHtml)} />
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
