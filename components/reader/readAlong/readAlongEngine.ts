import { getPrefs } from '@/components/preferences/prefsStore'
import { WORDS_CHANGED } from '@/components/popup/wordSpans'
import { germanSpeech, type GermanSpeech } from '@/components/reader/learning/speech'
import { readerRootId } from '@/components/reader/ReaderShell'
import type { SentencesHandle } from '@/components/reader/sentences/attachSentences'
import { sentencesOf } from '@/components/reader/sentences/loadSentences'
import {
  currentItem,
  idle,
  readAlong,
  speechBetween,
  type ReadAlongEvent,
  type ReadAlongItem,
  type ReadAlongState,
} from '@/lib/speech/readAlong'
import { publishReadAlong, type ReadAlongCommand, type ReadAlongProblem } from './readAlongStore'

/** How long to wait for the browser's voices, which Chromium lists only after a while. */
const VOICE_WAIT_MS = 1_500
/** Where a sentence the view follows to comes to rest: a third down the viewport. */
const FOLLOW_AT = 1 / 3
const INTERRUPTED = new Set(['interrupted', 'canceled'])

function waitForVoice(speech: GermanSpeech): Promise<boolean> {
  if (speech.available()) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(done, VOICE_WAIT_MS)
    const unsubscribe = speech.onChange(() => {
      if (speech.available()) done()
    })
    function done() {
      clearTimeout(timer)
      unsubscribe()
      resolve(speech.available())
    }
  })
}

/** Brings the sentence into view when it is not, without motion for who asked for none. */
function follow(range: Range | undefined) {
  const rect = range?.getBoundingClientRect()
  if (!rect || (rect.top >= 0 && rect.bottom <= window.innerHeight)) return
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  window.scrollTo({
    top: window.scrollY + rect.top - window.innerHeight * FOLLOW_AT,
    behavior: still ? 'instant' : 'smooth',
  })
}

/** The paragraph read-along starts from: the focused word's, else the first one in view. */
function startingPair(root: HTMLElement, handle: SentencesHandle): number | undefined {
  const focused = document.activeElement?.closest<HTMLElement>('.block.de[data-pair]')
  if (focused && root.contains(focused)) return Number(focused.dataset.pair)
  return handle.firstPairInView()
}

/**
 * Read-along in the page: the state machine of lib/speech/readAlong driven by the controls,
 * the keys and the utterances' ends; the sentence said is highlighted in German and its
 * counterpart in English, in the rows or the sentence view, and the view follows it.
 */
export function readAlongEngine() {
  const speech = germanSpeech()
  let state: ReadAlongState = idle
  let handle: SentencesHandle | undefined
  let root: HTMLElement | undefined

  function publish(problem?: ReadAlongProblem) {
    publishReadAlong(
      state.status === 'idle'
        ? { status: 'idle', at: 0, count: 0, problem }
        : { status: state.status, at: state.at + 1, count: state.queue.length },
    )
  }

  // The sentence code (loaded once, shared with the hover highlight) does the highlighting:
  // this module brings none of it along.
  function highlight(scroll: boolean) {
    const range = handle?.showReading(currentItem(state))
    if (scroll) follow(range)
  }

  function send(event: ReadAlongEvent, problem?: ReadAlongProblem) {
    const before = state
    state = readAlong(state, event)
    const speak = speechBetween(before, state)
    // Silenced first, so that its own sentence said before does not count as cut off.
    if (speak) speech.silence()
    if (speak && speak !== 'silence')
      speech.speak(speak.say.text, {
        rate: speak.rate,
        onEnd: () => send({ type: 'ended' }),
        // Another speaker (a word's Listen button) cutting in is no failure.
        onError: (error) => send({ type: 'stop' }, INTERRUPTED.has(error) ? undefined : 'failed'),
        onHidden: () => send({ type: 'stop' }, 'hidden'),
      })
    const moved = currentItem(before) !== currentItem(state)
    highlight(moved)
    publish(problem)
  }

  const onWordsChanged = () => highlight(false)

  async function play(pair?: number) {
    const nextRoot = document.getElementById(readerRootId) ?? undefined
    if (!nextRoot) return
    if (!('speechSynthesis' in window)) return publish('noSpeech')
    if (!(await waitForVoice(speech))) return publish('noVoice')
    if (nextRoot !== root) {
      root?.removeEventListener(WORDS_CHANGED, onWordsChanged)
      root = nextRoot
      root.addEventListener(WORDS_CHANGED, onWordsChanged)
    }
    handle = await sentencesOf(root)
    const from = pair ?? startingPair(root, handle)
    const pairs = pair === undefined ? handle.sentences.pairs() : [pair]
    const queue: ReadAlongItem[] = pairs.flatMap(
      (number) =>
        handle?.sentences.of(number)?.pairing.de.map((sentence, index) => ({
          pair: number,
          sentence: index,
          text: sentence.text,
        })) ?? [],
    )
    const start = Math.max(
      0,
      queue.findIndex((item) => item.pair === from),
    )
    send({ type: 'play', queue, from: start, rate: getPrefs().readingRate })
  }

  return {
    run(command: ReadAlongCommand) {
      switch (command.type) {
        case 'toggle':
          return state.status === 'idle' ? void play() : send({ type: 'toggle' })
        case 'playBlock':
          return void play(command.pair)
        case 'next':
        case 'previous':
        case 'stop':
          return send({ type: command.type })
        case 'rate':
          return send({ type: 'rate', rate: command.rate })
      }
    },
  }
}
