import type { PopupData } from '@/lib/vocabulary/present'
import type { WordData } from './popupContent'

/** What code loaded later adds to the popup: the learning module's status and speech. */
export interface PopupExtension {
  /** Sections after the entry's own, for the word the popup opens on. */
  sections(word: HTMLElement, info: WordData): HTMLElement[]
  /** Buttons at the start of the popup's action bar. */
  actions(word: HTMLElement, info: WordData): HTMLElement[]
}

export interface PopupController {
  data: PopupData
  /** The word the popup is open on, if it is open. */
  current(): HTMLElement | undefined
  /**
   * Adds sections and actions to the popup, the one open now included; returns what takes
   * them away again.
   */
  extend(extension: PopupExtension): () => void
  /** Builds the open popup again, after its data or an extension's state changed. */
  refresh(): void
}

// By popup id: lets a module loaded after the page find the popup without a React tree.
const controllers = new Map<string, PopupController>()
// Who waits for a popup that is not there yet (a curated text's popup comes with its data).
const waiting = new Map<string, ((controller: PopupController) => void)[]>()

export function popupController(id: string): PopupController | undefined {
  return controllers.get(id)
}

/** The popup's controller once it is registered: at once if it is already. */
export function popupRegistered(id: string): Promise<PopupController> {
  const controller = controllers.get(id)
  if (controller) return Promise.resolve(controller)
  return new Promise((resolve) => waiting.set(id, [...(waiting.get(id) ?? []), resolve]))
}

/** Lists a popup's controller under the popup's id until the signal aborts. */
export function registerPopup(id: string, controller: PopupController, signal: AbortSignal) {
  controllers.set(id, controller)
  for (const resolve of waiting.get(id) ?? []) resolve(controller)
  waiting.delete(id)
  signal.addEventListener('abort', () => controllers.delete(id), { once: true })
}

/** The extensions of one popup, in the order they came. */
export interface ExtensionList {
  sections(word: HTMLElement, info: WordData): HTMLElement[]
  actions(word: HTMLElement, info: WordData): HTMLElement[]
  add(extension: PopupExtension): () => void
}

/** `changed` runs after every addition and removal, so the open popup can follow. */
export function extensionList(changed: () => void): ExtensionList {
  const extensions: PopupExtension[] = []
  return {
    sections: (word, info) => extensions.flatMap((extension) => extension.sections(word, info)),
    actions: (word, info) => extensions.flatMap((extension) => extension.actions(word, info)),
    add(extension) {
      extensions.push(extension)
      changed()
      return () => {
        const at = extensions.indexOf(extension)
        if (at < 0) return
        extensions.splice(at, 1)
        changed()
      }
    },
  }
}
