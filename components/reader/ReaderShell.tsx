import type { ReactNode } from 'react'
import { ReaderToolbar } from './ReaderToolbar'
import { TranslationReveal } from './TranslationReveal'
import { ReaderSentences } from './sentences/ReaderSentences'

/** The reader's root: the element the popup and the learning features listen on. */
export const readerRootId = 'reader'

interface ReaderShellProps {
  /** The German title, the page's heading. */
  title: ReactNode
  /** The English title, when the text has one. */
  subtitle?: ReactNode
  /** The line (or list) under the title: level, length, source, date. */
  details: ReactNode
  /** What the reader can do with the text as a whole, under its details. */
  actions?: ReactNode
  /** Whether the text has a translation: without one the toolbar has no view modes. */
  translation: boolean
  /** How to open a word's popup, in the interface language. */
  hint: string
  /** The column headings over the two languages, shown when there is a translation. */
  columns: { german: string; english: string }
  /** What the reader should know before reading: failures, a missing translation. */
  notices?: ReactNode
  /** The text's pairs of blocks. */
  rows: ReactNode
  /** The learning features (marks, "mark the rest known", its toast), once they can load. */
  learning?: ReactNode
  /** Blocks that stand apart from the text, with their heading. */
  notes?: { title: string; rows: ReactNode }
  /** Copyright and translation credits. */
  footer?: ReactNode
  /** The word popup, once its data is there. */
  popup?: ReactNode
}

/**
 * The reader's layout, the same for every kind of text. It holds no state and no hooks, so a
 * server view (curated texts) and a client view (imported texts) both render it; what differs
 * between them comes in as props.
 */
export function ReaderShell({
  title,
  subtitle,
  details,
  actions,
  translation,
  hint,
  columns,
  notices,
  rows,
  learning,
  notes,
  footer,
  popup,
}: ReaderShellProps) {
  return (
    <article className="reader" id={readerRootId} aria-labelledby="reader-title">
      <header className="reader-header">
        <h1 id="reader-title" lang="de">
          {title}
        </h1>
        {subtitle && (
          <p className="reader-subtitle" lang="en">
            {subtitle}
          </p>
        )}
        {details}
        {actions}
      </header>
      <ReaderToolbar translation={translation} />
      <p className="reader-hint">{hint}</p>
      {notices}
      <div className="pairs" id="reader-text">
        {translation && (
          <div className="pair pair-columns" aria-hidden="true">
            <span className="block de">{columns.german}</span>
            <span className="block en">{columns.english}</span>
          </div>
        )}
        {rows}
      </div>
      <ReaderSentences rootId={readerRootId} />
      {learning}
      {notes && (
        <aside className="reader-notes pairs" aria-label={notes.title}>
          <h2 className="reader-notes-title">{notes.title}</h2>
          {notes.rows}
        </aside>
      )}
      {footer && <footer className="reader-footer">{footer}</footer>}
      <TranslationReveal />
      {popup}
    </article>
  )
}
