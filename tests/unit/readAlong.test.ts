import { describe, expect, it } from 'vitest'
import {
  currentItem,
  idle,
  readAlong,
  speechBetween,
  stepRate,
  type ReadAlongEvent,
  type ReadAlongItem,
  type ReadAlongState,
} from '@/lib/speech/readAlong'

const queue: ReadAlongItem[] = [
  { pair: 1, sentence: 0, text: 'Eins.' },
  { pair: 1, sentence: 1, text: 'Zwei.' },
  { pair: 2, sentence: 0, text: 'Drei.' },
]

/** Runs events from idle, and lists what the speech engine was told after each. */
function run(...events: ReadAlongEvent[]) {
  let state: ReadAlongState = idle
  const spoken: (string | undefined)[] = []
  for (const event of events) {
    const next = readAlong(state, event)
    const speech = speechBetween(state, next)
    spoken.push(
      speech === undefined ? undefined : speech === 'silence' ? 'silence' : speech.say.text,
    )
    state = next
  }
  return { state, spoken }
}

const play: ReadAlongEvent = { type: 'play', queue, rate: 1 }

describe('read-along', () => {
  it('says each sentence in turn, one utterance each, and ends after the last', () => {
    const { state, spoken } = run(play, { type: 'ended' }, { type: 'ended' }, { type: 'ended' })
    expect(spoken).toEqual(['Eins.', 'Zwei.', 'Drei.', 'silence'])
    expect(state).toBe(idle)
  })

  it('starts where asked, within the queue', () => {
    expect(currentItem(run({ ...play, from: 2 }).state)?.text).toBe('Drei.')
    expect(currentItem(run({ ...play, from: 9 }).state)?.text).toBe('Drei.')
    expect(run({ ...play, queue: [] }).state).toBe(idle)
  })

  it('pauses in silence and resumes the sentence from its start', () => {
    const { state, spoken } = run(play, { type: 'ended' }, { type: 'toggle' }, { type: 'toggle' })
    expect(spoken).toEqual(['Eins.', 'Zwei.', 'silence', 'Zwei.'])
    expect(state.status).toBe('playing')
  })

  it('ignores the end of an utterance while paused', () => {
    const { state, spoken } = run(play, { type: 'toggle' }, { type: 'ended' })
    expect(spoken).toEqual(['Eins.', 'silence', undefined])
    expect(currentItem(state)?.text).toBe('Eins.')
  })

  it('moves to the next and previous sentence, saying it when playing', () => {
    const { spoken } = run(play, { type: 'next' }, { type: 'next' }, { type: 'previous' })
    expect(spoken).toEqual(['Eins.', 'Zwei.', 'Drei.', 'Zwei.'])
    // Before the first there is none: the first is said again.
    expect(run(play, { type: 'previous' }).spoken).toEqual(['Eins.', 'Eins.'])
  })

  it('moves silently while paused, and stays on the last sentence', () => {
    const { state, spoken } = run(
      play,
      { type: 'toggle' },
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
    )
    expect(spoken).toEqual(['Eins.', 'silence', undefined, undefined, undefined])
    expect(state.status).toBe('paused')
    expect(currentItem(state)?.text).toBe('Drei.')
  })

  it('ends when asked for the next sentence after the last while playing', () => {
    expect(run({ ...play, from: 2 }, { type: 'next' }).state).toBe(idle)
  })

  it('says the sentence again at a new speed, and keeps the speed for what follows', () => {
    let state = readAlong(idle, play)
    const faster = readAlong(state, { type: 'rate', rate: 1.25 })
    expect(speechBetween(state, faster)).toEqual({ say: queue[0], rate: 1.25 })
    state = readAlong(faster, { type: 'ended' })
    expect(speechBetween(faster, state)).toEqual({ say: queue[1], rate: 1.25 })
    const paused = readAlong(state, { type: 'toggle' })
    expect(speechBetween(paused, readAlong(paused, { type: 'rate', rate: 0.5 }))).toBeUndefined()
  })

  it('stops from any state', () => {
    expect(run(play, { type: 'stop' }).spoken).toEqual(['Eins.', 'silence'])
    expect(run({ type: 'stop' }).state).toBe(idle)
  })

  it('steps the speed within 0.5× to 1.5×', () => {
    expect(stepRate(1, 1)).toBe(1.25)
    expect(stepRate(1.5, 1)).toBe(1.5)
    expect(stepRate(0.5, -1)).toBe(0.5)
    expect(stepRate(0.75, -1)).toBe(0.5)
  })
})
