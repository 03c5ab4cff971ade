import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ReferencePopup } from '../../../ReferencePopup'

// The bench builds this app from its own folder; the seed article is the repo's.
const ARTICLE_DIR = join(process.cwd(), '..', '..', 'content', 'alaska-gipfel')

/** What every word's popup says: the page stands for the framework, not for a vocabulary. */
const PLACEHOLDER_GLOSS = 'gloss'

/** Words and the text between them; a word is letters, digits and inner hyphens. */
const WORD = /(\p{L}[\p{L}\p{N}-]*|\p{N}+)/u

/** The blocks of a text file: front matter dropped, headings and quotes as plain text. */
function blocksOf(language: 'de' | 'en'): string[] {
  const source = readFileSync(join(ARTICLE_DIR, `${language}.md`), 'utf8')
  const body = source.replace(/^---\n[\s\S]*?\n---\n/u, '')
  return body
    .split(/\n\s*\n/u)
    .map((block) =>
      block
        .replace(/^(##|>)\s*/u, '')
        .replace(/\[([^\]]*)\]\{lang=\w+\}/gu, '$1')
        .trim(),
    )
    .filter(Boolean)
}

function GermanWords({ text }: { text: string }) {
  return text.split(WORD).map((piece, index) =>
    index % 2 === 1 ? (
      <span key={index} className="w" data-g={PLACEHOLDER_GLOSS}>
        {piece}
      </span>
    ) : (
      piece
    ),
  )
}

export default function ReferenceReaderPage() {
  const german = blocksOf('de')
  const english = blocksOf('en')
  return (
    <main id="reader">
      {german.map((block, index) => (
        <div key={index} className="pair">
          <p lang="de">
            <GermanWords text={block} />
          </p>
          <p lang="en">{english[index]}</p>
        </div>
      ))}
      <ReferencePopup rootId="reader" />
    </main>
  )
}
