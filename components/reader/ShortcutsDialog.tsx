'use client'

import { useEffect, useRef } from 'react'
import { useT } from '@/i18n/client'
import { updatePrefs } from '@/components/preferences/prefsStore'
import { shortcuts } from '@/lib/prefs/shortcuts'

// Keys of the word popup: always on, since they only act while a German word has focus.
const wordKeys = [
  { keys: ['→', '←'], label: 'shortcuts.wordsNextPrevious' },
  { keys: ['↓', '↑'], label: 'shortcuts.wordsLine' },
  { keys: ['Home', 'End'], label: 'shortcuts.wordsEnds' },
  { keys: ['Enter', 'Space'], label: 'shortcuts.wordsOpen' },
  { keys: ['Esc'], label: 'shortcuts.wordsClose' },
] as const

function KeyList({ items }: { items: { keys: readonly string[]; label: string }[] }) {
  return (
    <dl className="shortcut-list">
      {items.map(({ keys, label }) => (
        <div key={label}>
          <dt>
            {keys.map((key, index) => (
              <span key={key}>
                {index > 0 && ' / '}
                <kbd>{key}</kbd>
              </span>
            ))}
          </dt>
          <dd>{label}</dd>
        </div>
      ))}
    </dl>
  )
}

interface ShortcutsDialogProps {
  enabled: boolean
  /** The dialog has closed (Close, Esc): the toolbar then takes it out of the page. */
  onClose: () => void
}

/** Mounted when the reader asks for it, and opened as a modal dialog at once. */
export function ShortcutsDialog({ enabled, onClose }: ShortcutsDialogProps) {
  const { t } = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <p>{t('shortcuts.intro')}</p>
      <KeyList
        items={shortcuts.map(({ keys, action }) => ({ keys, label: t(`shortcuts.${action}`) }))}
      />
      <h3>{t('shortcuts.wordsTitle')}</h3>
      <KeyList items={wordKeys.map(({ keys, label }) => ({ keys, label: t(label) }))} />
      <label className="shortcut-toggle">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => updatePrefs({ shortcuts: event.target.checked })}
        />
        {t('shortcuts.enabled')}
      </label>
      <form method="dialog">
        <button type="submit">{t('shortcuts.close')}</button>
      </form>
    </dialog>
  )
}
