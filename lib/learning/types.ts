import type { Language } from '@/i18n/settings'
import type { Gender, PartOfSpeech } from '@/lib/vocabulary/grammar'

export const wordStatuses = ['new', 'learning', 'known', 'ignored'] as const
/** `new` is never stored: a lemma without a record is new. */
export type WordStatus = (typeof wordStatuses)[number]
export type StoredStatus = Exclude<WordStatus, 'new'>

/** The dictionary facts of one sense, as the reader page knows them. */
export interface SenseInfo {
  /** The entry key, lemma plus sense: `der#article`, `sich herausstellen`. */
  sense: string
  /** The headword without article: `Gipfel`, `sich herausstellen`. */
  lemma: string
  pos: PartOfSpeech
  gender?: Gender
  /** The sense's gloss in every interface language. */
  glosses: Record<Language, string>
}

/** Where a word was saved from. */
export interface WordSource {
  slug: string
  /** The text's German title. */
  title: string
  /** The block the sentence is in. */
  block: number
  /** The German sentence, as it stands in the text. */
  sentence: string
  /** The forms of the word in that sentence: ["stellt", "heraus"]. */
  forms: string[]
  /**
   * The English beside the sentence: the sentence(s) the aligner paired with it, or the whole
   * English block when it paired none (and in words saved before sentences were paired).
   */
  translation: string
  /**
   * Set when that English is a machine translation made on the device: the words page,
   * review and exports say so. Absent for a published translation and for the reader's own
   * (a pasted one, or a machine-translated block they edited).
   */
  translationBy?: TranslationBy
}

/** Who made a saved word's English, when it was not a person. */
export const translationMakers = ['machine'] as const
export type TranslationBy = (typeof translationMakers)[number]

/** A personal note's length limit: the store cuts longer ones, so a record stays valid. */
export const NOTE_MAX_LENGTH = 10_000

/** One stored lemma: its status and, once saved, what the reader saved with it. */
export interface WordRecord extends SenseInfo {
  /** The status key: the lemma without sense or `sich` (lemmaOfKey). */
  key: string
  status: StoredStatus
  source?: WordSource
  note: string
  addedAt: number
  updatedAt: number
}

export const cardKinds = ['meaning', 'german', 'cloze', 'article'] as const
/** meaning: German → meaning; german: meaning → German; cloze: the word blanked; article: der/die/das. */
export type CardKind = (typeof cardKinds)[number]

/** An FSRS card, with dates as epoch milliseconds so IndexedDB can index them. */
export interface CardRecord {
  /** `${word key}|${kind}` */
  id: string
  word: string
  kind: CardKind
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: number
  lastReview?: number
}

/** One answer, kept whole so FSRS parameters can be fitted to a reader's history later. */
export interface ReviewRecord {
  id: string
  card: string
  rating: number
  state: number
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  lastElapsedDays: number
  scheduledDays: number
  learningSteps: number
  review: number
  /** How long the answer took, in milliseconds. */
  durationMs: number
}
