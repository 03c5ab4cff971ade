import { fill } from '@/lib/text/fill'
import type { PopupData } from '@/lib/vocabulary/present'
import { popupContent, readWordData, type PopupLabels, type WordData } from './popupContent'

export interface WordPopupOptions {
  /** The element whose German words get popups (one delegated set of listeners). */
  root: HTMLElement
  popup: HTMLElement
  data: PopupData
  labels: PopupLabels
  /** Read on every pointer event, so the setting applies at once. */
  hoverOpens: () => boolean
}

const WORD = '.w'
const CONTROLS = 'button, input, select, textarea, a[href]'
// Long enough to cross the gap into the popup, short enough not to feel sticky.
const CLOSE_GRACE_MS = 250

type OpenedBy = 'hover' | 'click' | 'focus' | 'key'

// Floating UI (8 KB gzip) is needed only once a popup opens: it loads when the page is idle
// (WordPopup asks for it then) or at the first popup, whichever comes first.
let floatingUi: Promise<typeof import('@floating-ui/dom')> | undefined
let floatingUiLoaded = false
export function loadFloatingUi() {
  floatingUi ??= import('@floating-ui/dom').then((module) => {
    floatingUiLoaded = true
    return module
  })
  return floatingUi
}

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
  /** Adds sections and actions to every popup from now on; returns what takes them away. */
  extend(extension: PopupExtension): () => void
  /** Builds the open popup again, after its data or an extension's state changed. */
  refresh(): void
}

// By popup id: lets a module loaded after the page find the popup without a React tree.
const controllers = new Map<string, PopupController>()

export function popupController(id: string): PopupController | undefined {
  return controllers.get(id)
}

/**
 * One popup for all words of the reader, driven by delegated events and filled with plain
 * DOM calls: it paints in the frame after the event without waiting for a React render.
 */
export function attachWordPopup({ root, popup, data, labels, hoverOpens }: WordPopupOptions) {
  let current: HTMLElement | undefined
  let openedBy: OpenedBy | undefined
  let marked: HTMLElement[] = []
  let closeTimer: ReturnType<typeof setTimeout> | undefined
  // Focus moved to a word by the popup itself (on close, on click) must not reopen it.
  let movingFocus = false
  // A tap opens on pointerup, a frame before the click would; the click is then ignored.
  let touchStart: { word: HTMLElement; x: number; y: number } | undefined
  let tapped: { at: number } | undefined
  const extensions: PopupExtension[] = []
  // The words of a page do not change once it is rendered: listed once, at the first key.
  let wordList: HTMLElement[] | undefined
  const words = () => (wordList ??= Array.from(root.querySelectorAll<HTMLElement>(WORD)))

  const wordAt = (target: EventTarget | null): HTMLElement | undefined => {
    const word = target instanceof Element ? target.closest<HTMLElement>(WORD) : null
    return word && root.contains(word) ? word : undefined
  }

  function partnersOf(word: HTMLElement, units: number[]): HTMLElement[] {
    const selector = units.map((id) => `${WORD}[data-u~="${id}"]`).join(',')
    return selector ? Array.from(root.querySelectorAll<HTMLElement>(selector)) : [word]
  }

  function mark(word: HTMLElement, partners: HTMLElement[]) {
    for (const node of marked) node.classList.remove('w-active', 'w-partner')
    marked = [word, ...partners]
    for (const node of partners) node.classList.add('w-partner')
    word.classList.add('w-active')
  }

  function open(word: HTMLElement, by: OpenedBy, again = false) {
    cancelClose()
    const info = readWordData(word)
    if (!info) return
    if (current === word && !popup.hidden && !again) {
      if (by === 'key') focusPopup()
      if (by !== 'hover') openedBy = by
      return
    }
    const separable = info.units.filter((id) => data.units[id]!.kind === 'separable')
    const partners = partnersOf(word, separable)
    const verbMorph = partners.map((p) => p.dataset.m).find((m) => m !== undefined)
    if (info.morph === undefined && verbMorph !== undefined) info.morph = Number(verbMorph)
    const joined = separable.length ? partners.map((p) => p.textContent).join(' … ') : ''
    const sections = popupContent(word, info, data, labels, joined)
    const withEnglish = sections.some((section) => section.querySelector('.wp-english'))
    popup.replaceChildren(
      ...sections,
      ...extensions.flatMap((extension) => extension.sections(word, info)),
      actions(
        withEnglish,
        extensions.flatMap((extension) => extension.actions(word, info)),
      ),
    )
    popup.setAttribute('aria-label', fill(labels.label, { word: word.textContent ?? '' }))
    current?.removeAttribute('aria-expanded')
    current = word
    openedBy = by
    mark(
      word,
      partnersOf(word, info.units).filter((p) => p !== word),
    )
    if (word.getAttribute('role') === 'button') word.setAttribute('aria-expanded', 'true')
    popup.hidden = false
    void place(word)
    // Built again in place: focus stays where the reader is working.
    if (by === 'key' && !again) focusPopup()
  }

  async function place(word: HTMLElement) {
    // Until Floating UI has arrived the popup has no place yet: invisible rather than wrong.
    if (!floatingUiLoaded) popup.style.visibility = 'hidden'
    const { computePosition, flip, offset, shift } = await loadFloatingUi()
    const { x, y } = await computePosition(word, popup, {
      placement: 'bottom-start',
      // flip and shift keep the popup in the viewport; neither moves it over the word.
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    })
    if (current !== word) return
    popup.style.left = `${x}px`
    popup.style.top = `${y}px`
    popup.style.removeProperty('visibility')
  }

  function actions(withEnglish: boolean, extra: HTMLElement[]): HTMLElement {
    const bar = document.createElement('div')
    bar.className = 'wp-actions'
    bar.append(...extra)
    if (withEnglish) {
      const english = document.createElement('button')
      english.type = 'button'
      english.textContent = labels.showEnglish
      english.setAttribute('aria-expanded', 'false')
      english.addEventListener('click', () => {
        const show = english.getAttribute('aria-expanded') !== 'true'
        english.setAttribute('aria-expanded', String(show))
        for (const node of popup.querySelectorAll<HTMLElement>('.wp-english')) node.hidden = !show
      })
      bar.append(english)
    }
    const close = document.createElement('button')
    close.type = 'button'
    close.textContent = labels.close
    close.addEventListener('click', () => hide(true))
    bar.append(close)
    return bar
  }

  /** Builds the open popup again in place; focus in it stays on the control it was on. */
  function rebuild() {
    if (!current || popup.hidden) return
    const focused = document.activeElement
    const control = focused && popup.contains(focused) ? controlOf(focused) : undefined
    open(current, openedBy ?? 'click', true)
    if (!control) return
    const again = controlsLike(control.label)[control.nth]
    if (again) again.focus()
    else focusPopup()
  }

  // A control is known by its tag and name, and by its place among those that read the same
  // (the word's Save after a phrase's Save): the rebuilt popup has new elements.
  const labelOf = (node: Element) =>
    `${node.tagName} ${node.getAttribute('aria-label') ?? node.textContent}`
  const controlsLike = (label: string) =>
    Array.from(popup.querySelectorAll<HTMLElement>(CONTROLS)).filter((c) => labelOf(c) === label)
  function controlOf(node: Element) {
    const label = labelOf(node)
    return { label, nth: controlsLike(label).indexOf(node as HTMLElement) }
  }

  function focusPopup() {
    popup.querySelector<HTMLElement>('button')?.focus()
  }

  function hide(returnFocus = false) {
    cancelClose()
    if (!current) return
    const word = current
    popup.hidden = true
    word.removeAttribute('aria-expanded')
    for (const node of marked) node.classList.remove('w-active', 'w-partner')
    marked = []
    current = undefined
    openedBy = undefined
    if (returnFocus) focusQuietly(word)
  }

  function scheduleClose() {
    cancelClose()
    closeTimer = setTimeout(() => hide(), CLOSE_GRACE_MS)
  }

  function cancelClose() {
    if (closeTimer !== undefined) clearTimeout(closeTimer)
    closeTimer = undefined
  }

  /** Roving tabindex: exactly one word is in the tab order, and it is the button. */
  function focusWord(word: HTMLElement, options?: FocusOptions) {
    for (const other of root.querySelectorAll<HTMLElement>(`${WORD}[tabindex]`)) {
      if (other === word) continue
      other.removeAttribute('tabindex')
      other.removeAttribute('role')
      other.removeAttribute('aria-haspopup')
      other.removeAttribute('aria-controls')
    }
    word.tabIndex = 0
    word.setAttribute('role', 'button')
    word.setAttribute('aria-haspopup', 'dialog')
    word.setAttribute('aria-controls', popup.id)
    word.focus(options)
  }

  /** Moves the tab stop without reopening the popup, and without scrolling under a finger. */
  function focusQuietly(word: HTMLElement) {
    movingFocus = true
    focusWord(word, { preventScroll: true })
    movingFocus = false
  }

  function move(from: HTMLElement, key: string): HTMLElement | undefined {
    const all = words()
    const at = all.indexOf(from)
    switch (key) {
      case 'ArrowRight':
        return all[at + 1]
      case 'ArrowLeft':
        return all[at - 1]
      case 'Home':
        return all.find((w) => sameBlock(w, from))
      case 'End':
        return all.findLast((w) => sameBlock(w, from))
      case 'ArrowDown':
        return nextLine(all, at, 1)
      case 'ArrowUp':
        return nextLine(all, at, -1)
    }
    return undefined
  }

  const sameBlock = (a: HTMLElement, b: HTMLElement) => a.closest('.block') === b.closest('.block')

  /** The word on the next line (or block) nearest to this word's horizontal position. */
  function nextLine(all: HTMLElement[], at: number, step: 1 | -1): HTMLElement | undefined {
    const from = all[at]!.getBoundingClientRect()
    const centre = from.left + from.width / 2
    let best: HTMLElement | undefined
    let lineTop: number | undefined
    for (let i = at + step; i >= 0 && i < all.length; i += step) {
      const rect = all[i]!.getBoundingClientRect()
      const onOtherLine = step > 0 ? rect.top >= from.bottom - 1 : rect.bottom <= from.top + 1
      if (!onOtherLine || rect.width === 0) continue
      lineTop ??= rect.top
      if (Math.abs(rect.top - lineTop) > rect.height / 2) break
      const distance = Math.abs(rect.left + rect.width / 2 - centre)
      if (!best || distance < Math.abs(bestCentre(best) - centre)) best = all[i]
    }
    return best
  }
  const bestCentre = (word: HTMLElement) => {
    const rect = word.getBoundingClientRect()
    return rect.left + rect.width / 2
  }

  // Where the pointer last moved. When focus scrolls the page, the browser sends pointerover
  // for whatever now lies under a resting pointer; that must not take a keyboard user's popup.
  let resting = { x: Number.NaN, y: Number.NaN }
  const onPointerMove = (event: PointerEvent) => {
    resting = { x: event.clientX, y: event.clientY }
  }

  const onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || !hoverOpens()) return
    const keyboardOwned = openedBy === 'key' || openedBy === 'focus'
    if (keyboardOwned && event.clientX === resting.x && event.clientY === resting.y) return
    const word = wordAt(event.target)
    if (word) open(word, 'hover')
  }

  const onPointerOut = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || openedBy !== 'hover') return
    const to = event.relatedTarget
    if (to instanceof Node && (popup.contains(to) || wordAt(to))) return
    scheduleClose()
  }

  const toggle = (word: HTMLElement, byTouch: boolean) => {
    if (current === word && openedBy !== 'hover' && !popup.hidden) hide()
    else open(word, 'click')
    // A clicked word becomes the tab stop, so the keyboard carries on from there. A tapped
    // one does not: focus would only make a phone's viewport jump under the finger.
    if (!byTouch) focusQuietly(word)
  }

  const onPointerDown = (event: PointerEvent) => {
    const word = event.pointerType === 'touch' ? wordAt(event.target) : undefined
    touchStart = word && { word, x: event.clientX, y: event.clientY }
  }

  const onPointerUp = (event: PointerEvent) => {
    const start = touchStart
    touchStart = undefined
    if (!start || wordAt(event.target) !== start.word) return
    // A finger that moved was scrolling, not tapping.
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > 10) return
    toggle(start.word, true)
    tapped = { at: event.timeStamp }
  }

  const onPointerCancel = () => {
    touchStart = undefined
  }

  const onClick = (event: MouseEvent) => {
    const word = wordAt(event.target)
    if (!word) return
    // The click that follows a tap belongs to the same gesture, whatever it hit-tests to.
    const handledAsTap = tapped !== undefined && event.timeStamp - tapped.at < 1000
    tapped = undefined
    if (!handledAsTap) toggle(word, (event as PointerEvent).pointerType === 'touch')
  }

  const onFocusIn = (event: FocusEvent) => {
    const word = wordAt(event.target)
    if (word && current !== word && !movingFocus) open(word, 'focus')
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const word = wordAt(event.target)
    if (!word || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      open(word, 'key')
    } else if (event.key === 'Escape' && current) {
      event.preventDefault()
      hide()
    } else {
      const next = move(word, event.key)
      if (!next) return
      event.preventDefault()
      focusWord(next)
    }
  }

  // Working in a popup that hover opened (a button, a field) keeps it open when the pointer leaves.
  const onPopupEngage = () => {
    if (openedBy === 'hover') openedBy = 'click'
  }

  const onPopupKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    hide(true)
  }

  const onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current && !event.defaultPrevented) hide()
  }

  const onDocumentPointerDown = (event: PointerEvent) => {
    const target = event.target as Node
    if (current && !popup.contains(target) && !wordAt(target)) hide()
  }

  const onFocusOut = (event: FocusEvent) => {
    // Focus going nowhere (a focused button the popup replaced, another window) is not the
    // reader leaving: a click outside is handled by pointerdown.
    const to = event.relatedTarget
    if (!(to instanceof Node)) return
    // Focus left both the words and the popup (Tab onwards): the popup goes with it.
    if (!popup.contains(to) && !wordAt(to) && openedBy !== 'hover') hide()
  }

  root.addEventListener('pointerover', onPointerOver)
  root.addEventListener('pointerout', onPointerOut)
  root.addEventListener('pointerdown', onPointerDown)
  root.addEventListener('pointerup', onPointerUp)
  root.addEventListener('pointercancel', onPointerCancel)
  root.addEventListener('click', onClick)
  root.addEventListener('focusin', onFocusIn)
  root.addEventListener('focusout', onFocusOut)
  root.addEventListener('keydown', onKeyDown)
  popup.addEventListener('pointerenter', cancelClose)
  const onPopupLeave = () => openedBy === 'hover' && scheduleClose()
  // Phones resize the viewport as their toolbars slide: keep the popup, move it.
  const onResize = () => {
    if (current) void place(current)
  }
  popup.addEventListener('pointerleave', onPopupLeave)
  popup.addEventListener('keydown', onPopupKeyDown)
  popup.addEventListener('focusout', onFocusOut)
  popup.addEventListener('pointerdown', onPopupEngage)
  popup.addEventListener('focusin', onPopupEngage)
  document.addEventListener('pointerdown', onDocumentPointerDown)
  document.addEventListener('pointermove', onPointerMove, { passive: true })
  document.addEventListener('keydown', onDocumentKeyDown)
  window.addEventListener('resize', onResize)
  controllers.set(popup.id, {
    data,
    current: () => (popup.hidden ? undefined : current),
    // A popup opened before the extension's code arrived gets its content at once, not at
    // the next opening (the pointer may rest on the word and never open it again).
    extend: (extension) => {
      extensions.push(extension)
      rebuild()
      return () => {
        const at = extensions.indexOf(extension)
        if (at >= 0) extensions.splice(at, 1)
        rebuild()
      }
    },
    refresh: rebuild,
  })

  return () => {
    hide()
    controllers.delete(popup.id)
    root.removeEventListener('pointerover', onPointerOver)
    root.removeEventListener('pointerout', onPointerOut)
    root.removeEventListener('pointerdown', onPointerDown)
    root.removeEventListener('pointerup', onPointerUp)
    root.removeEventListener('pointercancel', onPointerCancel)
    root.removeEventListener('click', onClick)
    root.removeEventListener('focusin', onFocusIn)
    root.removeEventListener('focusout', onFocusOut)
    root.removeEventListener('keydown', onKeyDown)
    popup.removeEventListener('pointerenter', cancelClose)
    popup.removeEventListener('pointerleave', onPopupLeave)
    popup.removeEventListener('keydown', onPopupKeyDown)
    popup.removeEventListener('focusout', onFocusOut)
    popup.removeEventListener('pointerdown', onPopupEngage)
    popup.removeEventListener('focusin', onPopupEngage)
    window.removeEventListener('resize', onResize)
    document.removeEventListener('pointerdown', onDocumentPointerDown)
    document.removeEventListener('pointermove', onPointerMove)
    document.removeEventListener('keydown', onDocumentKeyDown)
  }
}
