'use client'

import { useEffect, useRef, useState } from 'react'
import { useT } from '@/i18n/client'
import { translateBlocks } from '@/lib/translation/translateBlocks'
import {
  createTranslator,
  DownloadStalledError,
  isGerman,
  translatorAvailability,
  type TranslatorAvailability,
} from './onDeviceTranslator'

type Step =
  | { kind: 'checking' }
  | { kind: 'offer'; availability: TranslatorAvailability }
  | { kind: 'notGerman' }
  | { kind: 'downloading'; loaded: number }
  | { kind: 'translating' }
  | { kind: 'stopped' }
  | { kind: 'failed'; reason: string }

interface MachineTranslationProps {
  /** The German blocks to translate, in order: an imported text's, or a book chapter's. */
  german: readonly string[]
  /** The English made so far, in order: a stopped run goes on after it. */
  done: readonly string[]
  /** Stores one block's machine translation (and shows it): the one path for texts and books. */
  saveBlock: (index: number, english: string) => Promise<void>
}

/**
 * "Translate on this device": the browser's own translator, where there is one, translates
 * the German block by block and each block is stored as it comes, marked as machine
 * translation. Nothing leaves the device. Stopped or failed runs keep what was done and go
 * on from there.
 */
export function MachineTranslation({ german, done: made, saveBlock }: MachineTranslationProps) {
  const { t } = useT('mine')
  const [step, setStep] = useState<Step>({ kind: 'checking' })
  const running = useRef<AbortController | null>(null)
  const done = made.length
  const total = german.length

  useEffect(() => {
    let current = true
    void translatorAvailability().then((availability) => {
      if (current) setStep({ kind: 'offer', availability })
    })
    return () => {
      current = false
      running.current?.abort()
    }
  }, [])

  async function translate(checkLanguage: boolean) {
    const controller = new AbortController()
    running.current = controller
    try {
      // The translator is created first, inside the click: a model still to download needs
      // the reader's gesture, which an await before it would lose.
      const created = createTranslator(
        (loaded) => setStep({ kind: 'downloading', loaded }),
        controller.signal,
      )
      if (checkLanguage && !(await isGerman(german.join('\n')))) {
        controller.abort()
        created.catch(() => {})
        return setStep({ kind: 'notGerman' })
      }
      const translator = await created
      setStep({ kind: 'translating' })
      await translateBlocks({
        blocks: german,
        done: made,
        translator,
        signal: controller.signal,
        onBlock: saveBlock,
      })
      translator.destroy()
      setStep({ kind: 'offer', availability: 'available' })
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof DownloadStalledError))
        return setStep({ kind: 'stopped' })
      setStep({
        kind: 'failed',
        reason:
          error instanceof DownloadStalledError
            ? t('translate.stalled')
            : error instanceof Error
              ? error.message
              : String(error),
      })
    } finally {
      running.current = null
    }
  }

  if (step.kind === 'checking' || done >= total) return null
  if (step.kind === 'offer' && step.availability === 'unsupported')
    return <p className="notice">{t('translate.unsupported')}</p>
  if (step.kind === 'offer' && step.availability === 'unavailable')
    return <p className="notice">{t('translate.unavailable')}</p>

  const start = (checkLanguage: boolean) => (
    <button type="button" onClick={() => void translate(checkLanguage)}>
      {done > 0 ? t('translate.resume', { done, total }) : t('translate.start')}
    </button>
  )
  const cancel = (
    <button type="button" onClick={() => running.current?.abort()}>
      {t('translate.cancel')}
    </button>
  )
  return (
    <section className="notice machine-translation" aria-label={t('translate.label')}>
      {step.kind === 'offer' && (
        <p>
          {t('translate.offer')} {start(true)}
        </p>
      )}
      {step.kind === 'notGerman' && (
        <p role="alert">
          {t('translate.notGerman')} {start(false)}
        </p>
      )}
      {step.kind === 'downloading' && (
        <p>
          <label>
            {t('translate.downloading', { percent: Math.round(step.loaded * 100) })}{' '}
            <progress value={step.loaded} max={1} />
          </label>{' '}
          {cancel}
        </p>
      )}
      {step.kind === 'translating' && (
        <p>
          <label>
            {t('translate.progress', { done, total })} <progress value={done} max={total} />
          </label>{' '}
          {cancel}
        </p>
      )}
      {step.kind === 'stopped' && (
        <p role="status">
          {t('translate.stopped', { done, total })} {start(false)}
        </p>
      )}
      {step.kind === 'failed' && (
        <p role="alert">
          {t('translate.failed', { reason: step.reason })} {start(false)}
        </p>
      )}
    </section>
  )
}
