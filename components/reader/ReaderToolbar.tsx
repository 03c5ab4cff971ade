'use client'

import { lazy, Suspense, useEffect, useId, useState } from 'react'
import { useT } from '@/i18n/client'
import { updatePrefs, usePrefs } from '@/components/preferences/prefsStore'
import { nextTextSize, nextTheme, viewModes, type Prefs, type ViewMode } from '@/lib/prefs/prefs'
import { isTypingTarget, shortcutFor, type ShortcutAction } from '@/lib/prefs/shortcuts'
import { runWordAction } from '@/components/reader/learning/wordActions'
import { revealTranslations } from './revealTranslations'
import { stepChapter } from './stepChapter'
import { stepRate } from '@/lib/speech/readAlong'
import { ReadAlongControls } from './readAlong/ReadAlongControls'
import { readAlongCommand } from './readAlong/readAlongStore'

// The shortcuts dialog is code and markup no reader needs until asking for it: loaded, and
// rendered, only when opened.
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((module) => ({ default: module.ShortcutsDialog })),
)

const viewLabels = {
  both: 'controls.viewBoth',
  de: 'controls.viewDe',
  en: 'controls.viewEn',
  hidden: 'controls.viewHidden',
  sentences: 'controls.viewSentences',
} as const

// What the text-size buttons show; their names add the words.
const SMALLER = 'A−'
const LARGER = 'A+'

function runAction(action: ShortcutAction, prefs: Prefs, openHelp: () => void) {
  switch (action) {
    case 'both':
    case 'de':
    case 'en':
    case 'hidden':
    case 'sentences':
      return updatePrefs({ view: action })
    case 'swap':
      return updatePrefs({ swap: !prefs.swap })
    case 'reveal':
      return revealTranslations()
    case 'smaller':
      return updatePrefs({ textSize: nextTextSize(prefs.textSize, -1) })
    case 'larger':
      return updatePrefs({ textSize: nextTextSize(prefs.textSize, 1) })
    case 'theme':
      return updatePrefs({ theme: nextTheme(prefs.theme) })
    case 'help':
      return openHelp()
    case 'previousChapter':
    case 'nextChapter':
      return stepChapter(action)
    case 'save':
    case 'known':
    case 'ignore':
      return runWordAction(action)
    case 'readAlong':
      return readAlongCommand({ type: 'toggle' })
    case 'previousSentence':
      return readAlongCommand({ type: 'previous' })
    case 'nextSentence':
      return readAlongCommand({ type: 'next' })
    case 'slower':
    case 'faster': {
      const rate = stepRate(prefs.readingRate, action === 'faster' ? 1 : -1)
      updatePrefs({ readingRate: rate })
      return readAlongCommand({ type: 'rate', rate })
    }
  }
}

/** `translation` is false for an imported text without one: nothing to show, hide or swap. */
export function ReaderToolbar({ translation = true }: { translation?: boolean }) {
  const { t } = useT()
  const prefs = usePrefs()
  const name = useId()
  const optionsId = useId()
  const [optionsOpen, setOptionsOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = () => setHelpOpen(true)

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || helpOpen) return
      const { key, ctrlKey, metaKey, altKey } = event
      const typing = isTypingTarget(event.target)
      const action = shortcutFor({ key, ctrlKey, metaKey, altKey, typing }, prefs.shortcuts)
      if (!action) return
      event.preventDefault()
      runAction(action, prefs, () => setHelpOpen(true))
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [prefs, helpOpen])

  return (
    <div className="reader-toolbar" role="group" aria-label={t('controls.label')}>
      {/* On a phone the options fold away behind this button, so that the text starts on the
          first screen; wider screens show them and never the button (CSS). */}
      <button
        type="button"
        className="reader-options-toggle"
        aria-expanded={optionsOpen}
        aria-controls={optionsId}
        onClick={() => setOptionsOpen(!optionsOpen)}
      >
        {t('controls.options')}
      </button>
      <div id={optionsId} className="reader-options" data-open={optionsOpen}>
        {translation && (
          <>
            <fieldset className="view-modes">
              <legend>{t('controls.view')}</legend>
              {viewModes.map((mode: ViewMode) => (
                <label key={mode}>
                  <input
                    type="radio"
                    name={name}
                    value={mode}
                    checked={prefs.view === mode}
                    onChange={() => updatePrefs({ view: mode })}
                  />
                  {t(viewLabels[mode])}
                </label>
              ))}
            </fieldset>
            {prefs.view === 'hidden' && (
              <button type="button" onClick={() => revealTranslations()}>
                {t('controls.revealAll')}
              </button>
            )}
            <button
              type="button"
              aria-pressed={prefs.swap}
              onClick={() => updatePrefs({ swap: !prefs.swap })}
            >
              {t('controls.swap')}
            </button>
          </>
        )}
        <button
          type="button"
          aria-pressed={prefs.hoverPopup}
          onClick={() => updatePrefs({ hoverPopup: !prefs.hoverPopup })}
        >
          {t('controls.hoverPopup')}
        </button>
        <button
          type="button"
          aria-pressed={prefs.statusMarks}
          onClick={() => updatePrefs({ statusMarks: !prefs.statusMarks })}
        >
          {t('controls.statusMarks')}
        </button>
        <span className="text-size" role="group" aria-label={t('controls.textSize')}>
          {/* Each name starts with what the button shows (WCAG 2.5.3 Label in Name), so a
            speech-input user who says "click A plus" reaches it. */}
          <button
            type="button"
            aria-label={`${SMALLER} ${t('controls.smaller')}`}
            disabled={prefs.textSize === 's'}
            onClick={() => updatePrefs({ textSize: nextTextSize(prefs.textSize, -1) })}
          >
            {SMALLER}
          </button>
          <button
            type="button"
            aria-label={`${LARGER} ${t('controls.larger')}`}
            disabled={prefs.textSize === 'xl'}
            onClick={() => updatePrefs({ textSize: nextTextSize(prefs.textSize, 1) })}
          >
            {LARGER}
          </button>
        </span>
        <button type="button" aria-haspopup="dialog" onClick={openHelp}>
          {t('controls.shortcuts')} <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      <ReadAlongControls />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog enabled={prefs.shortcuts} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  )
}
