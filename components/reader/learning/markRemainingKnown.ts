import type { TFunction } from 'i18next'
import { openLearningStore } from '@/components/storage/openLearningStore'
import type { SenseInfo } from '@/lib/learning/types'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import type { PopupEntry } from '@/lib/vocabulary/present'
import type { Toast } from './toast'

type KeyedEntry = PopupEntry & { key: string }

export interface MarkRemainingKnownOptions {
  /** The page's button, rendered hidden: shown while this is attached. */
  button: HTMLButtonElement
  /** The German words on the page, as they are now. */
  words: () => HTMLElement[]
  entries: readonly PopupEntry[]
  /** Whether a lemma is new now: the reader's statuses change while the page is open. */
  isNew: (key: string) => boolean
  senseOf: (entry: KeyedEntry) => Promise<SenseInfo>
  t: TFunction<'learning'>
  toast: Toast
  reportError: (error: unknown) => void
}

/**
 * "Mark the rest known": every word on the page still new becomes known at once, and the
 * toast offers to take exactly those back. Returns what detaches the button.
 */
export function attachMarkRemainingKnown(options: MarkRemainingKnownOptions): () => void {
  const { button, entries, t, toast, reportError } = options

  async function markRemainingKnown() {
    try {
      const store = await openLearningStore()
      const fresh = new Map<string, KeyedEntry>()
      for (const word of options.words()) {
        const entry = entries[Number(word.dataset.e)]
        const key = entry?.key && lemmaOfKey(entry.key)
        if (key && options.isNew(key) && !fresh.has(key)) fresh.set(key, entry as KeyedEntry)
      }
      if (fresh.size === 0) return toast.show(t('reader.nothingNew'))
      const changes = await Promise.all(
        [...fresh].map(async ([key, entry]) => ({ key, sense: await options.senseOf(entry) })),
      )
      const at = await store.markKnown(changes)
      toast.show(t('reader.markedKnown', { count: changes.length }), {
        label: t('reader.undo'),
        run: () => {
          store
            .undoMarkKnown([...fresh.keys()], at)
            .then(() => toast.show(t('reader.undone')), reportError)
        },
      })
    } catch (error) {
      reportError(error)
    }
  }

  const onClick = () => void markRemainingKnown()
  button.addEventListener('click', onClick)
  button.hidden = false
  return () => {
    button.removeEventListener('click', onClick)
    button.hidden = true
  }
}
