import { getT } from '@/i18n/server'
import type { Text } from '@/lib/content/load'
import { BlockPairRow } from './BlockPairRow'
import { ReaderToolbar } from './ReaderToolbar'
import { TextDetails } from './TextDetails'
import { TranslationReveal } from './TranslationReveal'
import { ReaderLearning } from '@/components/reader/learning/ReaderLearning'
import { WordPopup } from '@/components/popup/WordPopup'
import { getReaderLearningLabels } from '@/components/reader/learning/readerLearningLabels'
import { getReaderVocabulary, pagePairs } from './readerVocabulary'
import { textPopupDataPath } from '@/lib/vocabulary/paths'

const POPUP_ID = 'word-popup'

export async function ReaderView({ text, lng }: { text: Text; lng: string }) {
  const { t } = await getT()
  const { article, notes } = pagePairs(text)
  const revealLabel = { text: t('reader.showTranslation'), lang: lng }
  const vocabulary = await getReaderVocabulary(text, lng)
  const learningLabels = await getReaderLearningLabels()
  const listenLabel = learningLabels.listenBlock
  const row = (pair: (typeof text.pairs)[number]) => (
    <BlockPairRow
      key={pair.number}
      pair={pair}
      revealLabel={revealLabel}
      words={vocabulary.blocks.get(pair.number)!}
      tabStop={pair === article[0]}
      popupId={POPUP_ID}
      listenLabel={listenLabel}
    />
  )
  return (
    <article className="reader" id="reader" aria-labelledby="reader-title">
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
      <p className="reader-hint">{t('popup.hint')}</p>
      <div className="pairs" id="reader-text">
        <div className="pair pair-columns" aria-hidden="true">
          <span className="block de">{t('reader.german')}</span>
          <span className="block en">{t('reader.english')}</span>
        </div>
        {article.map(row)}
      </div>
      <ReaderLearning
        popupId={POPUP_ID}
        rootId="reader"
        text={{ slug: text.slug, title: text.title.de }}
        labels={learningLabels}
      />
      {notes.length > 0 && (
        <aside className="reader-notes pairs" aria-label={t('reader.note')}>
          <h2 className="reader-notes-title">{t('reader.note')}</h2>
          {notes.map(row)}
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
      <WordPopup
        id={POPUP_ID}
        rootId="reader"
        data={{ url: textPopupDataPath(text.slug, lng) }}
        labels={vocabulary.labels}
        lang={lng}
      />
    </article>
  )
}
