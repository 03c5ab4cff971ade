import { getT } from '@/i18n/server'
import type { Text } from '@/lib/content/load'
import { BlockPairRow } from './BlockPairRow'
import { ReaderToolbar } from './ReaderToolbar'
import { TextDetails } from './TextDetails'
import { TranslationReveal } from './TranslationReveal'

export async function ReaderView({ text, lng }: { text: Text; lng: string }) {
  const { t } = await getT()
  const article = text.pairs.filter((pair) => pair.kind !== 'note')
  const notes = text.pairs.filter((pair) => pair.kind === 'note')
  const revealLabel = { text: t('reader.showTranslation'), lang: lng }
  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <h1 id="reader-title" lang="de">
          {text.title.de}
        </h1>
        <p className="reader-subtitle" lang="en">
          {text.title.en}
        </p>
        <TextDetails text={text} lng={lng} />
      </header>
      <ReaderToolbar />
      <div className="pairs" id="reader-text">
        <div className="pair pair-columns" aria-hidden="true">
          <span className="block de">{t('reader.german')}</span>
          <span className="block en">{t('reader.english')}</span>
        </div>
        {article.map((pair) => (
          <BlockPairRow key={pair.number} pair={pair} revealLabel={revealLabel} />
        ))}
      </div>
      {notes.length > 0 && (
        <aside className="reader-notes pairs" aria-label={t('reader.note')}>
          <h2 className="reader-notes-title">{t('reader.note')}</h2>
          {notes.map((pair) => (
            <BlockPairRow key={pair.number} pair={pair} revealLabel={revealLabel} />
          ))}
        </aside>
      )}
      <footer className="reader-footer">
        <p>
          <strong>{t('reader.copyright')}:</strong> {text.licence}
        </p>
        <p>
          <strong>{t('reader.translation')}:</strong>{' '}
          {t('reader.translationBy', { name: text.translation.by })} {text.translation.licence}
        </p>
      </footer>
      <TranslationReveal />
    </article>
  )
}
