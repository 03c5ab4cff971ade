/**
 * Read-along as a state machine: a queue of German sentences spoken one utterance each
 * (browsers cut long utterances off and their word-boundary events are unreliable), where
 * the reader is in it, and whether it plays. The browser side (components/reader/readAlong)
 * speaks what this says and highlights the sentence; everything here is pure.
 */

/** One German sentence to speak: its block pair, its index among the block's sentences. */
export interface ReadAlongItem {
  pair: number
  sentence: number
  text: string
}

/** Speeds offered, as SpeechSynthesisUtterance.rate. */
export const readingRates = [0.5, 0.75, 1, 1.25, 1.5] as const
export type ReadingRate = (typeof readingRates)[number]

export type ReadAlongState =
  | { status: 'idle' }
  | {
      status: 'playing' | 'paused'
      queue: readonly ReadAlongItem[]
      at: number
      rate: ReadingRate
      /** Counts each start of an utterance, so the same sentence can be said again. */
      take: number
    }

export type ReadAlongEvent =
  | { type: 'play'; queue: readonly ReadAlongItem[]; from?: number; rate: ReadingRate }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'previous' }
  /** The sentence being spoken came to its end. */
  | { type: 'ended' }
  | { type: 'rate'; rate: ReadingRate }
  /** The stop button, a hidden page, a failed utterance. */
  | { type: 'stop' }

export const idle: ReadAlongState = { status: 'idle' }

export function readAlong(state: ReadAlongState, event: ReadAlongEvent): ReadAlongState {
  if (event.type === 'play') {
    if (event.queue.length === 0) return idle
    const at = Math.min(Math.max(0, event.from ?? 0), event.queue.length - 1)
    const take = state.status === 'idle' ? 1 : state.take + 1
    return { status: 'playing', queue: event.queue, at, rate: event.rate, take }
  }
  if (state.status === 'idle' || event.type === 'stop') return idle
  switch (event.type) {
    case 'toggle':
      return state.status === 'playing'
        ? { ...state, status: 'paused' }
        : // Resuming says the sentence again from its start: pausing inside an utterance is
          // unreliable across browsers, so a pause cancels it.
          { ...state, status: 'playing', take: state.take + 1 }
    case 'next':
      if (state.at + 1 >= state.queue.length) return state.status === 'playing' ? idle : state
      return moveTo(state, state.at + 1)
    case 'previous':
      return moveTo(state, Math.max(0, state.at - 1))
    case 'ended':
      if (state.status !== 'playing') return state
      return state.at + 1 >= state.queue.length ? idle : moveTo(state, state.at + 1)
    case 'rate':
      return state.status === 'playing'
        ? { ...state, rate: event.rate, take: state.take + 1 }
        : { ...state, rate: event.rate }
  }
}

function moveTo(state: Exclude<ReadAlongState, { status: 'idle' }>, at: number): ReadAlongState {
  return { ...state, at, take: state.status === 'playing' ? state.take + 1 : state.take }
}

/** What the speech engine must do between two states: say a sentence, fall silent, or nothing. */
export function speechBetween(
  before: ReadAlongState,
  after: ReadAlongState,
): { say: ReadAlongItem; rate: ReadingRate } | 'silence' | undefined {
  if (after.status === 'playing') {
    const same = before.status === 'playing' && before.take === after.take
    return same ? undefined : { say: after.queue[after.at]!, rate: after.rate }
  }
  return before.status === 'playing' ? 'silence' : undefined
}

/** The next speed up or down, held within the offered ones. */
export function stepRate(rate: ReadingRate, step: 1 | -1): ReadingRate {
  const at = readingRates.indexOf(rate) + step
  return readingRates[Math.min(readingRates.length - 1, Math.max(0, at))] ?? rate
}

/** The item being read, if any: what the page highlights. */
export function currentItem(state: ReadAlongState): ReadAlongItem | undefined {
  return state.status === 'idle' ? undefined : state.queue[state.at]
}
