import type { PopupData } from '@/lib/vocabulary/present'
import { popupContent, readWordData, type PopupLabels, type WordData } from './popupContent'
import { placePopup } from './placement'
import type { ExtensionList } from './popupRegistry'
import type { RovingFocus } from './rovingFocus'
import { WORD, wordsOfBlock } from './wordSpans'

/** What opened the popup decides what closes it: hover closes on leaving, the rest do not. */
export type OpenedBy = 'hover' | 'click' | 'focus' | 'key'

// Long enough to cross the gap into the popup, short enough not to feel sticky.
const CLOSE_GRACE_MS = 250
// What focus can rest on in the popup.
const CONTROLS = 'button, input, select, textarea, a[href]'

export interface PopupStateOptions {
  root: HTMLElement
  popup: HTMLElement
  data: PopupData
  labels: PopupLabels
  extensions: ExtensionList
  roving: RovingFocus
  /** Ends the listeners of the popup's own buttons with the rest. */
  signal: AbortSignal
}

/** Whether the popup is open, on which word and by what; opening, building and closing it. */
export interface PopupState {
  /** The word the popup is open on, if it is open. */
  current(): HTMLElement | undefined
  openedBy(): OpenedBy | undefined
  open(word: HTMLElement, by: OpenedBy): void
  /** Closes the popup; with `returnFocus`, focus goes back to its word. */
  hide(returnFocus?: boolean): void
  /** Builds the open popup again in place; focus in it stays on the control it was on. */
  rebuild(): void
  /** Places the open popup again, after the viewport changed. */
  reposition(): void
  /** Closes the popup after a grace time, unless something cancels it. */
  scheduleClose(): void
  cancelClose(): void
  /** The reader works in a popup that hover opened: it stays when the pointer leaves. */
  engage(): void
}

export function popupState({
  root,
  popup,
  data,
  labels,
  extensions,
  roving,
  signal,
}: PopupStateOptions): PopupState {
  let current: HTMLElement | undefined
  let openedBy: OpenedBy | undefined
  let marked: HTMLElement[] = []
  let closeTimer: ReturnType<typeof setTimeout> | undefined

  function partnersOf(word: HTMLElement, units: number[]): HTMLElement[] {
    const selector = units.map((id) => `${WORD}[data-u~="${id}"]`).join(',')
    if (!selector) return [word]
    return Array.from(wordsOfBlock(root, word).querySelectorAll<HTMLElement>(selector))
  }

  function mark(word: HTMLElement, partners: HTMLElement[]) {
    unmark()
    marked = [word, ...partners]
    for (const node of partners) node.classList.add('w-partner')
    word.classList.add('w-active')
  }

  function unmark() {
    for (const node of marked) node.classList.remove('w-active', 'w-partner')
    marked = []
  }

  function open(word: HTMLElement, by: OpenedBy) {
    cancelClose()
    const info = readWordData(word)
    if (!info) return
    if (current === word) {
      // Open already: a key moves into it, and a click or focus makes it theirs.
      if (by === 'key') focusFirstButton()
      if (by !== 'hover') openedBy = by
      return
    }
    build(word, info)
    openedBy = by
    if (by === 'key') focusFirstButton()
  }

  /** Fills the popup for the word, marks the word and its partners, and shows the popup. */
  function build(word: HTMLElement, info: WordData) {
    const separable = info.units.filter((id) => data.units[id]!.kind === 'separable')
    const partners = partnersOf(word, separable)
    const verbMorph = partners.map((p) => p.dataset.m).find((m) => m !== undefined)
    if (info.morph === undefined && verbMorph !== undefined) info.morph = Number(verbMorph)
    const joined = separable.length ? partners.map((p) => p.textContent).join(' … ') : ''
    const sections = popupContent(word, info, data, labels, joined)
    const withEnglish = sections.some((section) => section.querySelector('.wp-english'))
    popup.replaceChildren(
      ...sections,
      ...extensions.sections(word, info),
      actionBar(withEnglish, extensions.actions(word, info)),
    )
    popup.setAttribute('aria-label', labels.label({ word: word.textContent ?? '' }))
    current?.removeAttribute('aria-expanded')
    current = word
    mark(
      word,
      partnersOf(word, info.units).filter((p) => p !== word),
    )
    if (word.getAttribute('role') === 'button') word.setAttribute('aria-expanded', 'true')
    popup.hidden = false
    reposition()
  }

  function actionBar(withEnglish: boolean, extra: HTMLElement[]): HTMLElement {
    const bar = document.createElement('div')
    bar.className = 'wp-actions'
    bar.append(...extra)
    if (withEnglish) {
      const english = document.createElement('button')
      english.type = 'button'
      english.textContent = labels.showEnglish
      english.setAttribute('aria-expanded', 'false')
      english.addEventListener(
        'click',
        () => {
          const show = english.getAttribute('aria-expanded') !== 'true'
          english.setAttribute('aria-expanded', String(show))
          for (const node of popup.querySelectorAll<HTMLElement>('.wp-english')) node.hidden = !show
        },
        { signal },
      )
      bar.append(english)
    }
    const close = document.createElement('button')
    close.type = 'button'
    close.textContent = labels.close
    close.addEventListener('click', () => hide(true), { signal })
    bar.append(close)
    return bar
  }

  // The popup is invisible until it is placed (Floating UI may still be on its way), and an
  // invisible element takes no focus: focus moves in once it is.
  let placed: Promise<void> = Promise.resolve()

  function focusFirstButton() {
    const word = current
    void placed.then(() => {
      if (current === word) popup.querySelector<HTMLElement>('button')?.focus()
    })
  }

  function rebuild() {
    const word = current
    const info = word && readWordData(word)
    if (!word || !info) return
    const focused = document.activeElement
    const control = focused && popup.contains(focused) ? controlOf(focused) : undefined
    build(word, info)
    if (!control) return
    // The rebuilt popup has new elements: focus goes to the one that reads the same, or,
    // if it is gone, to the first button rather than nowhere.
    const again = controlsLike(control.label)[control.nth]
    if (again) again.focus()
    else focusFirstButton()
  }

  // A control is known by its tag and name, and by its place among those that read the same
  // (a phrase's Save comes before its word's).
  const labelOf = (node: Element) =>
    `${node.tagName} ${node.getAttribute('aria-label') ?? node.textContent}`
  const controlsLike = (label: string) =>
    Array.from(popup.querySelectorAll<HTMLElement>(CONTROLS)).filter(
      (node) => labelOf(node) === label,
    )
  function controlOf(node: Element) {
    const label = labelOf(node)
    return { label, nth: controlsLike(label).indexOf(node as HTMLElement) }
  }

  function reposition() {
    const word = current
    if (word)
      placed = placePopup(popup, word, () => current === word).catch((error: unknown) =>
        console.warn('The popup could not be placed:', error),
      )
  }

  function hide(returnFocus = false) {
    cancelClose()
    if (!current) return
    const word = current
    popup.hidden = true
    word.removeAttribute('aria-expanded')
    unmark()
    current = undefined
    openedBy = undefined
    if (returnFocus) roving.focusQuietly(word)
  }

  function scheduleClose() {
    cancelClose()
    closeTimer = setTimeout(() => hide(), CLOSE_GRACE_MS)
  }

  function cancelClose() {
    if (closeTimer !== undefined) clearTimeout(closeTimer)
    closeTimer = undefined
  }

  return {
    current: () => current,
    openedBy: () => openedBy,
    open,
    hide,
    rebuild,
    reposition,
    scheduleClose,
    cancelClose,
    engage() {
      if (openedBy === 'hover') openedBy = 'click'
    },
  }
}
