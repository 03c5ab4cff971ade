/** German speech through the Web Speech API, when the browser has a German voice. */
export interface GermanSpeech {
  available(): boolean
  speak(text: string): void
  /** Calls back when voices arrive or go (they load asynchronously in Chromium). */
  onChange(callback: () => void): () => void
  stop(): void
}

function germanVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices()
  const german = voices.filter((voice) => /^de(?:[-_]|$)/iu.test(voice.lang))
  return german.find((voice) => /^de[-_]DE$/iu.test(voice.lang)) ?? german[0]
}

export function germanSpeech(): GermanSpeech {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined
  // Asked once and again when the voices change: getVoices() can cost a round trip to the
  // browser, and the popup asks on every opening.
  let voice = synth && germanVoice()
  const onVoices = () => {
    voice = germanVoice()
  }
  synth?.addEventListener('voiceschanged', onVoices)
  // Speech goes on in a hidden tab; a reader who switched away expects it to stop.
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') synth?.cancel()
  }
  document.addEventListener('visibilitychange', onVisibility)
  return {
    available: () => Boolean(voice),
    speak(text) {
      if (!synth || !voice) return
      synth.cancel()
      const utterance = new SpeechSynthesisUtterance(text)
      utterance.lang = 'de-DE'
      utterance.voice = voice
      synth.speak(utterance)
    },
    onChange(callback) {
      synth?.addEventListener('voiceschanged', callback)
      return () => synth?.removeEventListener('voiceschanged', callback)
    },
    stop() {
      synth?.cancel()
      synth?.removeEventListener('voiceschanged', onVoices)
      document.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
