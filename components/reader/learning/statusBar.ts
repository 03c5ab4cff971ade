import type { TFunction } from 'i18next'
import type { StatusAction } from '@/lib/learning/status'
import type { WordStatus } from '@/lib/learning/types'
import { translatedOnce } from '@/components/popup/translatedOnce'

const buttons: { action: Exclude<StatusAction, 'reset'>; pressedWhen: WordStatus }[] = [
  { action: 'save', pressedWhen: 'learning' },
  { action: 'known', pressedWhen: 'known' },
  { action: 'ignore', pressedWhen: 'ignored' },
]

/** The status group's strings, translated once for the page rather than once per popup. */
export interface StatusLabels {
  actions: Record<(typeof buttons)[number]['action'], string>
  statuses: Record<WordStatus, string>
  group(values: { word: string }): string
}

export function statusLabels(t: TFunction<'learning'>): StatusLabels {
  return {
    actions: { save: t('reader.save'), known: t('reader.known'), ignore: t('reader.ignore') },
    statuses: {
      new: t('status.new'),
      learning: t('status.learning'),
      known: t('status.known'),
      ignored: t('status.ignored'),
    },
    group: translatedOnce((values) => t('reader.statusGroup', values), ['word']),
  }
}

/**
 * A word's status in the popup: the status as text and three toggle buttons. Pressing the
 * pressed one takes the word back to new, so each button is also its own undo.
 */
export function statusBar(
  headword: string,
  labels: StatusLabels,
  onAction: (action: StatusAction) => void,
): { element: HTMLElement; show: (status: WordStatus) => void } {
  const bar = document.createElement('div')
  bar.className = 'wp-status'
  bar.setAttribute('role', 'group')
  bar.setAttribute('aria-label', labels.group({ word: headword }))
  const now = document.createElement('span')
  now.className = 'wp-status-now'
  bar.append(now)
  const toggles = buttons.map(({ action, pressedWhen }) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = labels.actions[action]
    button.addEventListener('click', () => onAction(action))
    bar.append(button)
    return { button, pressedWhen }
  })
  const show = (status: WordStatus) => {
    now.textContent = labels.statuses[status]
    bar.dataset.status = status
    for (const { button, pressedWhen } of toggles) {
      button.setAttribute('aria-pressed', String(status === pressedWhen))
    }
  }
  return { element: bar, show }
}
