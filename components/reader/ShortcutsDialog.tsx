'use client'

import type { Ref } from 'react'
import { useT } from 'next-i18next/client'
import { updatePrefs } from '@/components/preferences/prefsStore'
import { shortcuts } from '@/lib/prefs/shortcuts'

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
      <dl className="shortcut-list">
        {shortcuts.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' / '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(`shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
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
