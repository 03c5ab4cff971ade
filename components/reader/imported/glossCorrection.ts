import type { TFunction } from 'i18next'
import { popupRegistered, type PopupController } from '@/components/popup/popupRegistry'
import type { PopupEntry } from '@/lib/vocabulary/present'

export interface GlossCorrectionOptions {
  popupId: string
  /** The `mine` strings, in the page's language. */
  t: TFunction<'mine'>
  /** Stores the reader's gloss for an entry key; an empty gloss takes the correction back. */
  save: (key: string, gloss: string) => Promise<void>
  /** The entry's gloss before any correction: what "use the original" goes back to. */
  original: (key: string) => Pick<PopupEntry, 'gloss' | 'source'> | undefined
  /** Called after a change, so that what else holds the gloss (a saved word's sense) follows. */
  changed: (key: string, gloss: string | undefined) => void
  describeError: (error: unknown) => string
}

function button(text: string, className = ''): HTMLButtonElement {
  const node = document.createElement('button')
  node.type = 'button'
  node.className = className
  node.textContent = text
  return node
}

/**
 * Lets the reader of an imported text correct any gloss from its popup. The popup's data is
 * changed in place and the popup rebuilt, so the new gloss shows at once; it is stored with
 * the text and used the next time the text is opened.
 */
export function attachGlossCorrection(options: GlossCorrectionOptions): () => void {
  // The popup is there once its code has loaded, after the page's first scripts.
  let detach: (() => void) | undefined
  let stopped = false
  void popupRegistered(options.popupId).then((popup) => {
    if (!stopped) detach = extendPopup(popup, options)
  })
  return () => {
    stopped = true
    detach?.()
  }
}

function extendPopup(popup: PopupController, options: GlossCorrectionOptions): () => void {
  const { t } = options
  // What the rebuilt popup says about the last change, and where focus goes in it.
  let message: string | undefined

  function correctionSection(entry: PopupEntry, key: string): HTMLElement {
    const section = document.createElement('section')
    section.className = 'wp-section wp-correct'
    const open = button(t('correct'))
    open.setAttribute('aria-label', t('correctOf', { word: entry.headword }))
    open.addEventListener('click', () => section.replaceChildren(form(entry, key, section)))
    const status = document.createElement('p')
    status.className = 'wp-correct-status'
    status.setAttribute('role', 'status')
    if (message) status.textContent = message
    section.append(open, status)
    return section
  }

  function form(entry: PopupEntry, key: string, section: HTMLElement): HTMLFormElement {
    const node = document.createElement('form')
    node.className = 'wp-correct-form'
    const id = `wp-correct-${Math.random().toString(36).slice(2)}`
    const label = document.createElement('label')
    label.htmlFor = id
    label.textContent = t('yourGloss', { word: entry.headword })
    const input = document.createElement('input')
    input.id = id
    input.type = 'text'
    input.maxLength = 2000
    input.required = true
    input.value = entry.gloss
    input.autocomplete = 'off'
    const error = document.createElement('p')
    error.className = 'wp-correct-error'
    error.setAttribute('role', 'alert')
    const actions = document.createElement('div')
    actions.className = 'wp-correct-actions'
    const submit = button(t('save'))
    submit.type = 'submit'
    const cancel = button(t('cancel'))
    cancel.addEventListener('click', () => {
      section.replaceWith(correctionSection(entry, key))
      popup.refresh()
      focusCorrect()
    })
    actions.append(submit, cancel)
    if (entry.source === 'correction') {
      const reset = button(t('reset'))
      reset.addEventListener('click', () => void apply(entry, key, '', error))
      actions.append(reset)
    }
    node.append(label, input, actions, error)
    node.addEventListener('submit', (event) => {
      event.preventDefault()
      void apply(entry, key, input.value.trim(), error)
    })
    queueMicrotask(() => input.select())
    return node
  }

  async function apply(entry: PopupEntry, key: string, gloss: string, error: HTMLElement) {
    try {
      await options.save(key, gloss)
    } catch (failure) {
      error.textContent = t('saveFailed', { reason: options.describeError(failure) })
      return
    }
    const original = options.original(key)
    if (gloss) {
      entry.gloss = gloss
      entry.source = 'correction'
    } else if (original) {
      entry.gloss = original.gloss
      if (original.source) entry.source = original.source
      else delete entry.source
    }
    options.changed(key, gloss || undefined)
    message = t(gloss ? 'corrected' : 'resetDone')
    popup.refresh()
    message = undefined
    focusCorrect()
  }

  function focusCorrect() {
    document
      .querySelector<HTMLElement>(`#${CSS.escape(options.popupId)} .wp-correct button`)
      ?.focus()
  }

  return popup.extend({
    sections(_word, info) {
      const entry = popup.data.entries[info.entry]
      // A word no source reads is glossed under its own key (unreadKey).
      const key = entry?.key ?? entry?.unread
      return entry && key ? [correctionSection(entry, key)] : []
    },
    actions: () => [],
  })
}
