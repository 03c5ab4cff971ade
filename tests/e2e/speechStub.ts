import type { Page } from '@playwright/test'

/** What the stand-in recorded: each utterance as the browser would have said it. */
export interface Spoken {
  text: string
  lang: string
  voice: string
  rate: number
}

interface SpeechControl {
  spoken: Spoken[]
  cancels(): number
  /** Ends the utterance being said, as a voice does when it reaches its end. */
  finish(): void
}

/**
 * Headless Chromium has no voices: a stand-in `speechSynthesis` of the Web Speech API's
 * shape, installed before the page's scripts, lists the voices given, records every
 * utterance, fires `start` when one is spoken, `end` when the test says it is finished,
 * and `error` ("interrupted") for the one being said when speech is cancelled.
 */
export async function installSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voices) => {
    const spoken: Spoken[] = []
    let cancels = 0
    let current: EventTarget | undefined
    const voicesChanged = new EventTarget()
    class Utterance extends EventTarget {
      lang = ''
      voice: { name: string } | null = null
      rate = 1
      constructor(readonly text: string) {
        super()
      }
    }
    const synth = {
      getVoices: () => voices,
      speak(utterance: Utterance) {
        spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? '',
          rate: utterance.rate,
        })
        current = utterance
        queueMicrotask(() => utterance.dispatchEvent(new Event('start')))
      },
      cancel() {
        cancels++
        const interrupted = current
        current = undefined
        if (!interrupted) return
        const error = new Event('error')
        Object.defineProperty(error, 'error', { value: 'interrupted' })
        interrupted.dispatchEvent(error)
      },
      addEventListener: (type: string, listener: EventListener) =>
        voicesChanged.addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) =>
        voicesChanged.removeEventListener(type, listener),
    }
    const control: SpeechControl = {
      spoken,
      cancels: () => cancels,
      finish() {
        const finished = current
        current = undefined
        finished?.dispatchEvent(new Event('end'))
      },
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth })
    Object.assign(window, { SpeechSynthesisUtterance: Utterance, __speech: control })
  }, voices)
}

/** What the stand-in recorded so far. */
export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.spoken)
}

export function cancels(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.cancels())
}

/** The voice reaches the end of the sentence it is saying. */
export function finishUtterance(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechControl }).__speech.finish())
}
