import { useSyncExternalStore } from 'react'
import type { ReadingRate } from '@/lib/speech/readAlong'

/** Why read-along cannot play or has stopped, for the controls to say. */
export type ReadAlongProblem = 'noSpeech' | 'noVoice' | 'failed' | 'hidden'

/** What the controls show: where read-along is, out of how many sentences. */
export interface ReadAlongView {
  status: 'idle' | 'playing' | 'paused'
  /** 1-based, for the reader. */
  at: number
  count: number
  problem?: ReadAlongProblem
}

export type ReadAlongCommand =
  /** Play the text from the paragraph in view, pause, or resume. */
  | { type: 'toggle' }
  | { type: 'playBlock'; pair: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'stop' }
  | { type: 'rate'; rate: ReadingRate }

const idleView: ReadAlongView = { status: 'idle', at: 0, count: 0 }
let view = idleView
const listeners = new Set<() => void>()

export function publishReadAlong(next: ReadAlongView) {
  view = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useReadAlong(): ReadAlongView {
  return useSyncExternalStore(
    subscribe,
    () => view,
    () => idleView,
  )
}

interface Engine {
  run(command: ReadAlongCommand): void
}
let engine: Promise<Engine> | undefined

/**
 * The controls' and keys' one way in. The engine (speech queue, highlights, following
 * along) loads at the first play: a reader who never listens never loads it.
 */
export function readAlongCommand(command: ReadAlongCommand) {
  const starts = command.type === 'toggle' || command.type === 'playBlock'
  if (!starts && view.status === 'idle') return
  engine ??= import('./readAlongEngine').then(({ readAlongEngine }) => readAlongEngine())
  void engine.then((loaded) => loaded.run(command))
}
