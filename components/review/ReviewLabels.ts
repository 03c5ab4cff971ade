import type { StorageLabels } from '@/components/storage/storageMessage'
import type { SingularGender } from '@/lib/learning/review'
import type { GradeName } from '@/lib/learning/schedule'
import type { CardKind } from '@/lib/learning/types'

/** The review page's interface strings, filled in on the server. Templates keep `{{names}}`. */
export interface ReviewLabels {
  loading: string
  /** `{{current}} of {{total}}` */
  progress: string
  card: string
  ask: Record<CardKind, string>
  withArticle: string
  showAnswer: string
  showHint: string
  hint: string
  answer: string
  articles: string
  articleNames: Record<SingularGender, string>
  /** `{{answer}}` */
  correct: string
  incorrect: string
  rate: string
  grades: Record<GradeName, string>
  suggested: string
  /** `<{{interval}}` */
  lessThan: string
  keys: string
  done: string
  /** `{{count}}`, singular and plural */
  reviewedOne: string
  reviewedOther: string
  answers: string
  /** `{{percent}}` */
  remembered: string
  /** `{{time}}` */
  time: string
  /** `{{when}}` */
  nextDue: string
  noneScheduled: string
  moreOne: string
  moreOther: string
  toLibrary: string
  empty: string
  toWords: string
  storage: StorageLabels
}
