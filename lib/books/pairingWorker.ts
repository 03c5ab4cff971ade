// A Web Worker: pairing a book's paragraphs with its translation's takes hundreds of
// milliseconds per long chapter, so it never runs on the page's main thread.
import { pairParagraphs, type ChapterTranslation } from './translation'
import type { BookBlock } from './types'

/** The chapters to pair: each German chapter's blocks with its English chapter's. */
export interface PairingRequest {
  chapters: { index: number; de: BookBlock[]; en: BookBlock[] }[]
}

export type PairingResponse =
  | { kind: 'chapter'; index: number; translation: ChapterTranslation; done: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<PairingRequest>) => void) | null
  postMessage(message: PairingResponse): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    data.chapters.forEach(({ index, de, en }, done) =>
      scope.postMessage({
        kind: 'chapter',
        index,
        translation: pairParagraphs(de, en),
        done: done + 1,
      }),
    )
    scope.postMessage({ kind: 'done' })
  } catch (error) {
    scope.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    })
  }
}
