import type { ChapterTranslation } from '@/lib/books/translation'
import type { PairingRequest, PairingResponse } from '@/lib/books/pairingWorker'

export interface Pairing {
  result: Promise<{ index: number; translation: ChapterTranslation }[]>
  /** Stops at once: the worker is ended and the promise rejects with an AbortError. */
  cancel(): void
}

/**
 * Pairs the paragraphs of each chapter with its translation's in a Web Worker, reporting
 * each chapter paired; the page stays free however long the chapters are.
 */
export function pairInWorker(
  chapters: PairingRequest['chapters'],
  onProgress: (done: number) => void,
): Pairing {
  const worker = new Worker(new URL('../../../lib/books/pairingWorker.ts', import.meta.url), {
    type: 'module',
  })
  let cancel = () => {}
  const result = new Promise<{ index: number; translation: ChapterTranslation }[]>(
    (resolve, reject) => {
      const paired: { index: number; translation: ChapterTranslation }[] = []
      cancel = () => {
        worker.terminate()
        reject(new DOMException('The pairing was cancelled.', 'AbortError'))
      }
      worker.onmessage = ({ data }: MessageEvent<PairingResponse>) => {
        if (data.kind === 'chapter') {
          paired.push({ index: data.index, translation: data.translation })
          return onProgress(data.done)
        }
        worker.terminate()
        if (data.kind === 'done') resolve(paired)
        else reject(new Error(data.message))
      }
      worker.onerror = (event) => {
        worker.terminate()
        reject(new Error(event.message || 'the pairing stopped'))
      }
      const request: PairingRequest = { chapters }
      worker.postMessage(request)
    },
  )
  return { result, cancel: () => cancel() }
}
