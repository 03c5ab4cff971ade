/** What one utterance tells its speaker: the read-along follows its sentences by these. */
export interface UtteranceOptions {
  /** SpeechSynthesisUtterance.rate: 1 is the voice's own speed. */
  rate?: number
  onStart?(): void
  onEnd?(): void
  /** The voice failed, or something else silenced it; not called when this speech cancels it. */
  onError?(error: string): void
  /** The page was hidden and the speech stopped with it. */
  onHidden?(): void
}

/**
 * German speech through the Web Speech API, when the browser has a German voice: the one
 * way the reader speaks (a word of the popup, a sentence of read-along).
 */
export interface GermanSpeech {
  available(): boolean
  /** Says the text, after silencing whatever was being said. */
  speak(text: string, options?: UtteranceOptions): void
  /** Falls silent; the cancelled utterance calls back nothing. */
  silence(): void
  /** Calls back when voices arrive or go (they load asynchronously in Chromium). */
  onChange(callback: () => void): () => void
}

function germanVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices()
  const german = voices.filter((voice) => /^de(?:[-_]|$)/iu.test(voice.lang))
  return german.find((voice) => /^de[-_]DE$/iu.test(voice.lang)) ?? german[0]
}

let shared: GermanSpeech | undefined

/**
 * The page's one German speech: the popup's Listen button and read-along share it, so one
 * cancels the other and a hidden page silences both.
 */
export function germanSpeech(): GermanSpeech {
  shared ??= createGermanSpeech()
  return shared
}

function createGermanSpeech(): GermanSpeech {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined
  // Asked once and again when the voices change: getVoices() can cost a round trip to the
  // browser, and the popup asks on every opening.
  let voice = synth && germanVoice()
  synth?.addEventListener('voiceschanged', () => {
    voice = germanVoice()
  })
  // Only the utterance said last calls back: one cancelled by a newer one ends silently.
  let current: { utterance: SpeechSynthesisUtterance; options: UtteranceOptions } | undefined
  const silence = () => {
    if (!current) return
    current = undefined
    synth?.cancel()
  }
  // Speech goes on in a hidden tab; a reader who switched away expects it to stop.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return
    const hidden = current
    silence()
    hidden?.options.onHidden?.()
  })
  return {
    available: () => Boolean(voice),
    speak(text, options = {}) {
      if (!synth || !voice) return
      // Whoever was speaking learns that they were cut off (read-along, by a word's Listen).
      const replaced = current
      silence()
      replaced?.options.onError?.('interrupted')
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.lang = 'de-DE'
      utterance.voice = voice
      if (options.rate) utterance.rate = options.rate
      const mine = { utterance, options }
      current = mine
      const ours = () => current === mine
      utterance.addEventListener('start', () => {
        if (ours()) options.onStart?.()
      })
      utterance.addEventListener('end', () => {
        if (!ours()) return
        current = undefined
        options.onEnd?.()
      })
      utterance.addEventListener('error', (event) => {
        if (!ours()) return
        current = undefined
        options.onError?.(event.error)
      })
      synth.speak(utterance)
    },
    silence,
    onChange(callback) {
      synth?.addEventListener('voiceschanged', callback)
      return () => synth?.removeEventListener('voiceschanged', callback)
    },
  }
}
