import type { Language } from '@/i18n/settings'
import type { Example, ReviewFace, Segment, SingularGender } from '@/lib/learning/review'
import { useT } from '@/i18n/client'

/** A German sentence with the saved forms marked, built as elements: the data is untrusted. */
function Sentence({ segments }: { segments: Segment[] }) {
  return (
    <p className="review-sentence" lang="de">
      {segments.map((segment, index) =>
        segment.form ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </p>
  )
}

/** Says that an example's English is a machine translation, in the interface language. */
function TranslationMark({ by }: { by: Example['translationBy'] }) {
  const { t } = useT('review')
  if (by !== 'machine') return null
  return (
    <>
      {' '}
      <span className="translation-mark">{t('machineTranslation')}</span>
    </>
  )
}

function ExampleBlock({ example }: { example: Example }) {
  return (
    <div className="review-example">
      <Sentence segments={example.sentence} />
      {/* The English block of the text, whatever the interface language. */}
      <p className="review-translation">
        <span lang="en">{example.translation}</span>
        <TranslationMark by={example.translationBy} />
      </p>
    </div>
  )
}

interface QuestionProps {
  face: ReviewFace
  lng: Language
  hintShown: boolean
  onToggleHint: () => void
  chosen: SingularGender | undefined
  onChoose: (gender: SingularGender) => void
}

const articleGenders: SingularGender[] = ['m', 'f', 'n']

export function ReviewQuestion(props: QuestionProps) {
  const { face, lng } = props
  const { t } = useT('review')
  const { t: commonT } = useT()
  switch (face.kind) {
    case 'meaning':
      return (
        <p className="review-prompt" lang="de">
          {face.german}
        </p>
      )
    case 'german':
      return (
        <>
          <p className="review-prompt" lang={lng}>
            {face.gloss}
          </p>
          {face.withArticle && <p className="review-note">{t('withArticle')}</p>}
        </>
      )
    case 'cloze':
      return (
        <>
          <p className="review-prompt review-cloze" lang="de">
            {face.cloze}
          </p>
          <button
            type="button"
            className="review-hint-toggle"
            aria-expanded={props.hintShown}
            aria-controls="review-hint"
            onClick={props.onToggleHint}
          >
            {t('showHint')}
          </button>
          <div id="review-hint" hidden={!props.hintShown}>
            <p className="review-hint">
              <span className="review-label">{t('hint')}: </span>
              <span lang="en">{face.hint}</span>
              <TranslationMark by={face.example.translationBy} />
            </p>
          </div>
        </>
      )
    case 'article':
      return (
        <>
          <p className="review-prompt" lang="de">
            {face.lemma}
          </p>
          <div className="review-articles" role="group" aria-label={t('articles')}>
            {articleGenders.map((gender) => (
              <button
                key={gender}
                type="button"
                lang="de"
                aria-pressed={props.chosen === gender}
                disabled={props.chosen !== undefined}
                onClick={() => props.onChoose(gender)}
              >
                {commonT(`vocab.articles.${gender}`)}
              </button>
            ))}
          </div>
        </>
      )
  }
}

interface AnswerProps {
  face: ReviewFace
  lng: Language
  chosen: SingularGender | undefined
}

export function ReviewAnswer({ face, lng, chosen }: AnswerProps) {
  const { t } = useT('review')
  switch (face.kind) {
    case 'meaning':
      return (
        <>
          <p className="review-solution" lang={lng}>
            {face.gloss}
          </p>
          {face.example && <ExampleBlock example={face.example} />}
        </>
      )
    case 'german':
      return (
        <>
          <p className="review-solution" lang="de">
            {face.german}
          </p>
          {face.example && <ExampleBlock example={face.example} />}
        </>
      )
    case 'cloze':
      return (
        <>
          <ExampleBlock example={face.example} />
          <p className="review-gloss">
            <span lang="de">{face.german}</span> – <span lang={lng}>{face.gloss}</span>
          </p>
        </>
      )
    case 'article':
      return (
        <>
          {chosen !== undefined && (
            <p className={chosen === face.gender ? 'review-result' : 'review-result wrong'}>
              {t(chosen === face.gender ? 'correct' : 'incorrect', { answer: face.german })}
            </p>
          )}
          <p className="review-solution" lang="de">
            {face.german}
          </p>
          <p className="review-gloss" lang={lng}>
            {face.gloss}
          </p>
        </>
      )
  }
}
