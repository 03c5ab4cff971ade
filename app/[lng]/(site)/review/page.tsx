import type { Metadata } from 'next'
import type { ReviewLabels } from '@/components/review/ReviewLabels'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import { ReviewSession } from '@/components/review/ReviewSession'
import { getT } from '@/i18n/server'
import { fallbackLng, isLanguage } from '@/i18n/settings'
import './review.css'

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT('learning')
  return { title: t('review.title') }
}

export default async function ReviewPage({ params }: PageProps<'/[lng]/review'>) {
  const { lng } = await params
  const { t } = await getT('learning')
  const { t: tc } = await getT()
  const labels: ReviewLabels = {
    loading: t('review.loading'),
    progress: t('review.progress'),
    card: t('review.card'),
    ask: {
      meaning: t('review.ask.meaning'),
      german: t('review.ask.german'),
      cloze: t('review.ask.cloze'),
      article: t('review.ask.article'),
    },
    withArticle: t('review.withArticle'),
    showAnswer: t('review.showAnswer'),
    showHint: t('review.showHint'),
    hint: t('review.hint'),
    answer: t('review.answer'),
    articles: t('review.articles'),
    articleNames: {
      m: tc('vocab.articles.m'),
      f: tc('vocab.articles.f'),
      n: tc('vocab.articles.n'),
    },
    correct: t('review.correct'),
    incorrect: t('review.incorrect'),
    rate: t('review.rate'),
    grades: {
      again: t('review.grades.again'),
      hard: t('review.grades.hard'),
      good: t('review.grades.good'),
      easy: t('review.grades.easy'),
    },
    suggested: t('review.suggested'),
    lessThan: t('review.lessThan'),
    keys: t('review.keys'),
    done: t('review.done'),
    reviewedOne: t('review.reviewed_one'),
    reviewedOther: t('review.reviewed_other'),
    answers: t('review.answers'),
    remembered: t('review.remembered'),
    time: t('review.time'),
    nextDue: t('review.nextDue'),
    noneScheduled: t('review.noneScheduled'),
    moreOne: t('review.more_one'),
    moreOther: t('review.more_other'),
    toLibrary: t('review.toLibrary'),
    empty: t('review.empty'),
    toWords: t('review.toWords'),
    storage: await getStorageLabels(),
  }
  return (
    <div className="review">
      <h1>{t('review.title')}</h1>
      <ReviewSession lng={isLanguage(lng) ? lng : fallbackLng} labels={labels} />
    </div>
  )
}
