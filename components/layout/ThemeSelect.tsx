'use client'

import { useId } from 'react'
import { useT } from '@/i18n/client'
import { themes, type Theme } from '@/lib/prefs/prefs'
import { updatePrefs, usePrefs } from '@/components/preferences/prefsStore'

const themeLabels = {
  system: 'controls.themeSystem',
  light: 'controls.themeLight',
  dark: 'controls.themeDark',
} as const

export function ThemeSelect() {
  const { t } = useT()
  const { theme } = usePrefs()
  const id = useId()
  return (
    <span className="theme-select">
      <label htmlFor={id}>{t('controls.theme')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => updatePrefs({ theme: event.target.value as Theme })}
      >
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(themeLabels[value])}
          </option>
        ))}
      </select>
    </span>
  )
}
