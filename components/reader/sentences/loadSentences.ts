import type { SentencesHandle } from './attachSentences'

let attached: { root: HTMLElement; handle: Promise<SentencesHandle> } | undefined

/**
 * The reader's sentences, their code loaded at the first need (a word hovered or focused,
 * the sentence view chosen, read-along started): the page's first scripts do without it.
 */
export function sentencesOf(root: HTMLElement): Promise<SentencesHandle> {
  if (attached?.root !== root) {
    if (attached) detachSentences(attached.root)
    attached = {
      root,
      handle: import('./attachSentences').then(({ attachSentences }) => attachSentences(root)),
    }
  }
  return attached.handle
}

export function detachSentences(root: HTMLElement) {
  if (attached?.root !== root) return
  void attached.handle.then((handle) => handle.detach())
  attached = undefined
}
