// @vitest-environment happy-dom
import { createInstance } from 'i18next'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { attachWordPopup } from '@/components/popup/attachWordPopup'
import { popupController } from '@/components/popup/popupRegistry'
import type { PopupData } from '@/lib/vocabulary/present'
import common from '@/locales/en/common.json'

// Two paragraphs; the first wraps onto a second line (see placeLines).
const paragraphs = [
  ['Der', 'Gipfel', 'in', 'Alaska', 'beginnt', 'früh'],
  ['Putin', 'spricht'],
]
const all = paragraphs.flat()

const data: PopupData = {
  entries: all.map((word) => ({ headword: word, pos: 'x', grammar: [], gloss: `gloss ${word}` })),
  morphs: [],
  units: [],
}

// The popup's strings as the page's i18next instance gives them: English `common`.
const i18n = createInstance()
await i18n.init({
  lng: 'en',
  resources: { en: { common } },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
})
const t = i18n.getFixedT('en', 'common')

/** The reader as the server renders it: one tab stop, on the first word. */
function render() {
  let entry = 0
  document.body.innerHTML = `
    <article id="reader">
      ${paragraphs
        .map(
          (words, index) =>
            `<div class="block de" data-pair="${index + 1}"><p class="block-text">${words
              .map((word) => `<span class="w" data-e="${entry++}">${word}</span>`)
              .join(' ')}</p></div>`,
        )
        .join('')}
      <div id="popup" class="word-popup" role="dialog" hidden></div>
    </article>
    <button id="outside" type="button">Settings</button>`
  const first = word('Der')
  first.tabIndex = 0
  first.setAttribute('role', 'button')
}

const root = () => document.getElementById('reader')!
const popup = () => document.getElementById('popup')!
const word = (text: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('.w')).find((w) => w.textContent === text)!
const button = (name: string) =>
  Array.from(popup().querySelectorAll('button')).find((b) => b.textContent === name)

/** The word the popup is open on, as its accessible name says; undefined when closed. */
const openOn = () =>
  popup().hidden ? undefined : popup().getAttribute('aria-label')?.replace('Vocabulary: ', '')
const focused = () => document.activeElement?.textContent
const tabStops = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.w[tabindex]')).map((w) => w.textContent)

/** A key pressed where focus is, as a browser sends it; returns the event to check it. */
function press(key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  ;(document.activeElement ?? document.body).dispatchEvent(event)
  return event
}

/** Lays words out as a browser would: `rows` of words per line, 20 px high, one under another. */
function placeLines(rows: string[][], top = 0) {
  rows.forEach((row, line) => {
    row.forEach((text, index) => {
      // Lines of different word widths, so the nearest word is not the one at the same index.
      const width = 40 + line * 30
      const left = index * (width + 10)
      const rect = { left, right: left + width, width, height: 20 }
      const y = top + line * 24
      vi.spyOn(word(text), 'getBoundingClientRect').mockReturnValue({
        ...rect,
        top: y,
        bottom: y + 20,
        x: left,
        y,
        toJSON: () => rect,
      } as DOMRect)
    })
  })
}

let detach: () => void

beforeEach(() => {
  render()
  detach = attachWordPopup({ root: root(), popup: popup(), data, t, hoverOpens: () => true })
})

afterEach(() => {
  detach()
  vi.restoreAllMocks()
})

describe('word popup with a keyboard', () => {
  test('focus on the tab stop opens its popup; arrows move focus, the tab stop and the popup', () => {
    word('Der').focus()
    expect(openOn()).toBe('Der')
    expect(popup().textContent).toContain('gloss Der')

    expect(press('ArrowRight').defaultPrevented).toBe(true)
    expect(focused()).toBe('Gipfel')
    expect(openOn()).toBe('Gipfel')
    expect(popup().textContent).toContain('gloss Gipfel')
    expect(tabStops()).toEqual(['Gipfel'])
    expect(word('Gipfel').getAttribute('role')).toBe('button')
    expect(word('Gipfel').getAttribute('aria-controls')).toBe('popup')
    expect(word('Der').hasAttribute('role')).toBe(false)
    expect(word('Gipfel').classList.contains('w-active')).toBe(true)
    expect(word('Der').classList.contains('w-active')).toBe(false)

    press('ArrowLeft')
    expect(focused()).toBe('Der')
    expect(openOn()).toBe('Der')
    expect(tabStops()).toEqual(['Der'])
  })

  test('End and Home go to the ends of the paragraph; arrows cross into the next one', () => {
    word('Der').focus()
    press('End')
    expect(focused()).toBe('früh')
    press('ArrowRight')
    expect(focused()).toBe('Putin')
    expect(openOn()).toBe('Putin')
    press('End')
    expect(focused()).toBe('spricht')
    press('Home')
    expect(focused()).toBe('Putin')
    press('ArrowLeft')
    expect(focused()).toBe('früh')
    press('Home')
    expect(focused()).toBe('Der')
  })

  test('at the first and last word, and with a modifier, a key is left to the browser', () => {
    word('Der').focus()
    expect(press('ArrowLeft').defaultPrevented).toBe(false)
    expect(focused()).toBe('Der')
    expect(press('ArrowRight', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(press('ArrowRight', { altKey: true }).defaultPrevented).toBe(false)
    expect(focused()).toBe('Der')
    expect(press('a').defaultPrevented).toBe(false)

    press('End')
    press('ArrowRight')
    press('End')
    expect(focused()).toBe('spricht')
    expect(press('ArrowRight').defaultPrevented).toBe(false)
    expect(focused()).toBe('spricht')
  })

  test('Down and Up go to the nearest word on the next and previous line', () => {
    placeLines([
      ['Der', 'Gipfel', 'in'],
      ['Alaska', 'beginnt', 'früh'],
    ])
    placeLines([['Putin', 'spricht']], 60)
    word('Der').focus()
    press('ArrowRight')
    // Gipfel's centre is at 70: Alaska's (35) is nearer than beginnt's (115).
    press('ArrowDown')
    expect(focused()).toBe('Alaska')
    expect(openOn()).toBe('Alaska')
    press('ArrowRight')
    // beginnt's centre is at 115: in's (120) is the nearest on the line above.
    press('ArrowUp')
    expect(focused()).toBe('in')
    press('ArrowDown')
    press('ArrowRight')
    expect(focused()).toBe('früh')
    press('ArrowDown')
    // früh's centre is at 195; the next paragraph's first line has Putin (20) and spricht (70).
    expect(focused()).toBe('spricht')
    expect(press('ArrowDown').defaultPrevented).toBe(false)
    expect(focused()).toBe('spricht')
  })

  test('Escape on a word closes its popup and keeps focus on the word', () => {
    word('Der').focus()
    press('ArrowRight')
    expect(press('Escape').defaultPrevented).toBe(true)
    expect(openOn()).toBeUndefined()
    expect(focused()).toBe('Gipfel')
    expect(word('Gipfel').classList.contains('w-active')).toBe(false)
    // Closed already: the key is not used.
    expect(press('Escape').defaultPrevented).toBe(false)
    // Enter opens it again.
    press('Enter')
    expect(openOn()).toBe('Gipfel')
  })

  test('Enter moves into the popup; Escape there closes it and returns focus to the word', async () => {
    word('Der').focus()
    press('ArrowRight')
    press('Enter')
    // Focus moves in once the popup is placed (Floating UI is a dynamic import).
    await vi.waitFor(() => expect(focused()).toBe('Close'))
    expect(word('Gipfel').getAttribute('aria-expanded')).toBe('true')

    press('Escape')
    expect(openOn()).toBeUndefined()
    expect(focused()).toBe('Gipfel')
    expect(word('Gipfel').hasAttribute('aria-expanded')).toBe(false)

    press(' ')
    expect(openOn()).toBe('Gipfel')
    await vi.waitFor(() => expect(focused()).toBe('Close'))
    button('Close')!.click()
    expect(openOn()).toBeUndefined()
    expect(focused()).toBe('Gipfel')
  })

  test('Escape elsewhere on the page closes the popup; Tab onwards closes it too', () => {
    word('Der').focus()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(openOn()).toBeUndefined()

    press('ArrowRight')
    expect(openOn()).toBe('Gipfel')
    document.getElementById('outside')!.focus()
    expect(openOn()).toBeUndefined()
    expect(tabStops()).toEqual(['Gipfel'])
  })
})

describe('an extension that arrives while the popup is open', () => {
  const extension = {
    sections: (on: HTMLElement) => {
      const section = document.createElement('section')
      section.textContent = `status of ${on.textContent}`
      return [section]
    },
    actions: () => {
      const listen = document.createElement('button')
      listen.textContent = 'Listen'
      return [listen]
    },
  }

  test('shows in it at once, focus staying on the control it was on', async () => {
    word('Der').focus()
    press('ArrowRight')
    press('Enter')
    await vi.waitFor(() => expect(focused()).toBe('Close'))
    const close = document.activeElement

    const remove = popupController('popup')!.extend(extension)
    expect(openOn()).toBe('Gipfel')
    expect(popup().textContent).toContain('status of Gipfel')
    expect(button('Listen')).toBeDefined()
    expect(document.activeElement).not.toBe(close)
    expect(focused()).toBe('Close')
    expect(popup().contains(document.activeElement)).toBe(true)

    remove()
    expect(popup().textContent).not.toContain('status of Gipfel')
    expect(button('Listen')).toBeUndefined()
    expect(focused()).toBe('Close')
  })

  test('leaves focus alone when it was not in the popup', () => {
    word('Der').focus()
    popupController('popup')!.extend(extension)
    expect(popup().textContent).toContain('status of Der')
    expect(focused()).toBe('Der')
  })
})

describe('detaching', () => {
  test('takes every listener away with one abort', () => {
    detach()
    render()
    // Where addEventListener is defined for the DOM's nodes, and for the window.
    let nodes: object = document
    while (!Object.hasOwn(nodes, 'addEventListener')) nodes = Object.getPrototypeOf(nodes)
    const spies = [nodes, window].map((owner) => vi.spyOn(owner as EventTarget, 'addEventListener'))
    detach = attachWordPopup({ root: root(), popup: popup(), data, t, hoverOpens: () => true })
    word('Der').focus()
    press('ArrowRight')
    press('Enter')

    const added = spies.flatMap((spy) =>
      spy.mock.calls.map(([type, , options], call) => ({
        target: spy.mock.contexts[call] as EventTarget,
        type,
        signal: typeof options === 'object' ? options.signal : undefined,
      })),
    )
    // The signal's own abort listeners aside, every listener shares one signal.
    const listeners = added.filter(({ target }) => !(target instanceof AbortSignal))
    expect(listeners.length).toBeGreaterThan(15)
    const signals = new Set(listeners.map(({ signal }) => signal))
    expect(signals.size).toBe(1)
    const [signal] = signals
    expect(signal).toBeInstanceOf(AbortSignal)
    expect(signal!.aborted).toBe(false)

    detach()
    expect(signal!.aborted).toBe(true)
    expect(openOn()).toBeUndefined()
    expect(word('Gipfel').classList.contains('w-active')).toBe(false)
    expect(popupController('popup')).toBeUndefined()
  })

  test('after detaching, focus, keys, clicks and hover do nothing', () => {
    detach()
    word('Der').focus()
    expect(openOn()).toBeUndefined()
    expect(press('ArrowRight').defaultPrevented).toBe(false)
    expect(focused()).toBe('Der')
    expect(press('Enter').defaultPrevented).toBe(false)
    expect(openOn()).toBeUndefined()
    word('Gipfel').click()
    word('Gipfel').dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }),
    )
    expect(openOn()).toBeUndefined()
    expect(tabStops()).toEqual(['Der'])
    expect(document.querySelectorAll('.w-active')).toHaveLength(0)
  })
})
