import type { TFunction } from 'i18next'
import type { StatusAction } from '@/lib/learning/status'
import type { WordStatus } from '@/lib/learning/types'

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
  t: TFunction<'learning'>,
  onAction: (action: StatusAction) => void,
): { element: HTMLElement; show: (status: WordStatus) => void } {
  const bar = document.createElement('div')
  bar.className = 'wp-status'
  bar.setAttribute('role', 'group')
  bar.setAttribute('aria-label', t('reader.statusGroup', { word: headword }))
  const now = document.createElement('span')
  now.className = 'wp-status-now'
  bar.append(now)
  const toggles = buttons.map(({ action, pressedWhen }) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = t(`reader.${action}`)
    button.addEventListener('click', () => onAction(action))
    bar.append(button)
    return { button, pressedWhen }
  })
  const show = (status: WordStatus) => {
    now.textContent = t(`status.${status}`)
    bar.dataset.status = status
    for (const { button, pressedWhen } of toggles) {
      button.setAttribute('aria-pressed', String(status === pressedWhen))
    }
  }
  return { element: bar, show }
}
