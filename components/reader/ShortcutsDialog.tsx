'use client'

import type { Ref } from 'react'
import { useT } from 'next-i18next/client'
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
  ref: Ref<HTMLDialogElement>
  enabled: boolean
}

export function ShortcutsDialog({ ref, enabled }: ShortcutsDialogProps) {
  const { t } = useT()
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
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
