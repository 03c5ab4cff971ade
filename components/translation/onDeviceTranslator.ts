/// <reference types="dom-chromium-ai" />
import { checkGerman } from '@/lib/text/language'

/** What this browser offers: no API at all, or the spec's availability of German → English. */
export type TranslatorAvailability = 'unsupported' | Availability

const GERMAN_TO_ENGLISH = { sourceLanguage: 'de', targetLanguage: 'en' } as const
/** A model download that reports no progress for this long has stalled. */
export const DOWNLOAD_STALL_MS = 60_000

const hasTranslator = () => typeof self !== 'undefined' && 'Translator' in self
const hasLanguageDetector = () => typeof self !== 'undefined' && 'LanguageDetector' in self

/**
 * Whether German can be translated to English on this device. Chrome's on-device
 * Translator is in desktop Chrome from 138, on pages over HTTPS or localhost; other
 * browsers and phones have none.
 */
export async function translatorAvailability(): Promise<TranslatorAvailability> {
  if (!hasTranslator()) return 'unsupported'
  try {
    return await Translator.availability(GERMAN_TO_ENGLISH)
  } catch {
    return 'unavailable'
  }
}

/** Why the translator could not be made: its model download stopped moving. */
export class DownloadStalledError extends Error {
  override name = 'DownloadStalledError'
}

/**
 * Creates the German → English translator, downloading its model if it must (which needs
 * the reader's click: call this from the click). `onDownload` gets the share downloaded,
 * 0 to 1. A download that reports nothing for DOWNLOAD_STALL_MS ends with a
 * DownloadStalledError; `signal` cancels.
 */
export function createTranslator(
  onDownload: (loaded: number) => void,
  signal?: AbortSignal,
  stallMs = DOWNLOAD_STALL_MS,
): Promise<Translator> {
  const stop = new AbortController()
  const cancel = () => stop.abort(signal?.reason)
  signal?.addEventListener('abort', cancel, { once: true })
  let stalled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const watch = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      stalled = true
      stop.abort()
    }, stallMs)
  }
  watch()
  return Translator.create({
    ...GERMAN_TO_ENGLISH,
    signal: stop.signal,
    monitor(monitor) {
      monitor.addEventListener('downloadprogress', (event) => {
        watch()
        onDownload(event.total > 0 ? event.loaded / event.total : event.loaded)
      })
    },
  })
    .catch((error: unknown) => {
      throw stalled ? new DownloadStalledError('the model download stalled') : error
    })
    .finally(() => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', cancel)
    })
}

/** Confidence below which the detector's answer is not taken. */
const DETECTOR_CONFIDENCE = 0.5

/**
 * Whether a text is German: by the browser's language detector where there is one, else by
 * our own check of its function words.
 */
export async function isGerman(text: string): Promise<boolean> {
  if (hasLanguageDetector()) {
    try {
      if ((await LanguageDetector.availability()) === 'available') {
        const detector = await LanguageDetector.create()
        const [best] = await detector.detect(text.slice(0, 2_000))
        detector.destroy()
        if (best?.detectedLanguage && (best.confidence ?? 0) >= DETECTOR_CONFIDENCE)
          return best.detectedLanguage === 'de'
      }
    } catch {
      // A detector that fails says nothing: our own check answers.
    }
  }
  return checkGerman(text).german
}
