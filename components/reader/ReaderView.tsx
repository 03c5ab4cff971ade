import { getT } from '@/i18n/server'
import type { Text } from '@/lib/content/load'
import { BlockPairRow } from './BlockPairRow'
import { ReaderShell, readerRootId } from './ReaderShell'
import { TextDetails } from './TextDetails'
import { ReaderLearning } from '@/components/reader/learning/ReaderLearning'
import { WordPopup } from '@/components/popup/WordPopup'
import { getReaderVocabulary, pagePairs } from './readerVocabulary'
import { textPopupDataPath } from '@/lib/vocabulary/paths'
import { germanWordsHtml } from '@/lib/vocabulary/blockTextHtml'

const POPUP_ID = 'word-popup'

export async function ReaderView({ text, lng }: { text: Text; lng: string }) {
  const { t } = await getT()
  const { article, notes } = pagePairs(text)
  const revealLabel = { text: t('reader.showTranslation'), lang: lng }
  const vocabulary = await getReaderVocabulary(text, lng)
  const { t: learningT } = await getT('learning')
  const listenLabel = learningT('reader.listenBlock')
  const row = (pair: (typeof text.pairs)[number]) => (
    <BlockPairRow
      key={pair.number}
      pair={pair}
      revealLabel={revealLabel}
      germanHtml={germanWordsHtml(
        vocabulary.blocks.get(pair.number)!,
        pair === article[0],
        POPUP_ID,
      )}
      listenLabel={listenLabel}
    />
  )
  return (
    <ReaderShell
      title={text.title.de}
      subtitle={text.title.en}
      details={<TextDetails text={text} lng={lng} />}
      translation
      hint={t('popup.hint')}
      columns={{ german: t('reader.german'), english: t('reader.english') }}
      rows={article.map(row)}
      learning={
        <ReaderLearning
          popupId={POPUP_ID}
          rootId={readerRootId}
          text={{ slug: text.slug, title: text.title.de }}
        />
      }
      notes={notes.length > 0 ? { title: t('reader.note'), rows: notes.map(row) } : undefined}
      footer={
        <>
          <p>
            <strong>{t('reader.copyright')}:</strong> {text.licence}
          </p>
          <p>
            <strong>{t('reader.translation')}:</strong>{' '}
            {t('reader.translationBy', { name: text.translation.by })} {text.translation.licence}
          </p>
        </>
      }
      popup={
        <WordPopup
          id={POPUP_ID}
          rootId={readerRootId}
          data={{ url: textPopupDataPath(text.slug, lng) }}
          lang={lng}
        />
      }
    />
  )
}
