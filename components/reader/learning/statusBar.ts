import { fill } from '@/lib/text/fill'
import type { StatusAction } from '@/lib/learning/status'
import type { WordStatus } from '@/lib/learning/types'

export interface StatusBarLabels {
  status: Record<WordStatus, string>
  save: string
  known: string
  ignore: string
  /** "Status of {{word}}" */
  statusGroup: string
}

const buttons: { action: Exclude<StatusAction, 'reset'>; pressedWhen: WordStatus }[] = [
  { action: 'save', pressedWhen: 'learning' },
  { action: 'known', pressedWhen: 'known' },
  { action: 'ignore', pressedWhen: 'ignored' },
]

/**
 * A word's status in the popup: the status as text and three toggle buttons. Pressing the
 * pressed one takes the word back to new, so each button is also its own undo.
 */
export function statusBar(
  headword: string,
  labels: StatusBarLabels,
  onAction: (action: StatusAction) => void,
): { element: HTMLElement; show: (status: WordStatus) => void } {
  const bar = document.createElement('div')
  bar.className = 'wp-status'
  bar.setAttribute('role', 'group')
  bar.setAttribute('aria-label', fill(labels.statusGroup, { word: headword }))
  const now = document.createElement('span')
  now.className = 'wp-status-now'
  bar.append(now)
  const toggles = buttons.map(({ action, pressedWhen }) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = labels[action]
    button.addEventListener('click', () => onAction(action))
    bar.append(button)
    return { button, pressedWhen }
  })
  const show = (status: WordStatus) => {
    now.textContent = labels.status[status]
    bar.dataset.status = status
    for (const { button, pressedWhen } of toggles) {
      button.setAttribute('aria-pressed', String(status === pressedWhen))
    }
  }
  return { element: bar, show }
}
