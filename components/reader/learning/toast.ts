/** How long a message stays: long enough to read it and reach its undo. */
const TOAST_MS = 8000

export interface ToastAction {
  label: string
  run: () => void
}

export interface Toast {
  /** Replaces whatever the toast says, with a button for `action` if there is one. */
  show: (message: string, action?: ToastAction) => void
  /** Stops the timer that would empty it. */
  dispose: () => void
}

/**
 * The reader's one toast, a status region the page renders: what a save or "mark the rest
 * known" did, and its undo. Each message replaces the last and goes after a while.
 */
export function readerToast(element: HTMLElement): Toast {
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    show(message, action) {
      if (timer) clearTimeout(timer)
      const line = document.createElement('p')
      line.textContent = message
      element.replaceChildren(line)
      if (action) {
        const button = document.createElement('button')
        button.type = 'button'
        button.textContent = action.label
        button.addEventListener('click', action.run, { once: true })
        line.append(' ', button)
      }
      element.dataset.open = 'true'
      timer = setTimeout(() => {
        delete element.dataset.open
        element.replaceChildren()
      }, TOAST_MS)
    },
    dispose() {
      if (timer) clearTimeout(timer)
    },
  }
}
