'use client'

import { useCallback, useEffect, useState } from 'react'
import { useT } from '@/i18n/client'
import { getSyncStore } from '@/components/storage/syncStore'
import type { Language } from '@/i18n/settings'
import type { SpaceSettings } from '@/lib/storage/syncStore'
import { join, rotate, turnOn, type SpaceDevice, type SyncStatus } from '@/lib/sync/engine'
import { toBase64Url } from '@/lib/sync/base64url'
import { keyFromFragment, parseKeyInput } from '@/lib/sync/keys'
import { JoinForm } from './JoinForm'
import { ManageSpace } from './ManageSpace'
import { SyncKeyPanel } from './SyncKeyPanel'
import { SyncState, type SyncCounts } from './SyncState'
import { syncMessage } from './syncMessage'
import { getSyncEngine, restartSync, startSync } from './syncRunner'
import { SYNC_FLAG } from './syncFlag'

interface SyncViewProps {
  lng: Language
}

type View = { name: 'loading' } | { name: 'off' } | { name: 'on'; space: SpaceSettings }

/** The sync page: turn on, join, the state, the key, the devices, and managing the space. */
export function SyncView({ lng }: SyncViewProps) {
  const { t } = useT('sync')
  const { t: tStorage } = useT('storage')
  const [view, setView] = useState<View>({ name: 'loading' })
  const [status, setStatus] = useState<SyncStatus>()
  const [counts, setCounts] = useState<SyncCounts>({ pending: 0, tooLarge: 0, held: 0 })
  const [lastSync, setLastSync] = useState<number>()
  const [devices, setDevices] = useState<SpaceDevice[] | 'unavailable'>()
  const [message, setMessage] = useState<{ text: string; error?: boolean }>()
  const [linkKey, setLinkKey] = useState<Uint8Array>()
  const [showKey, setShowKey] = useState(false)
  const [busy, setBusy] = useState(false)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let cancelled = false
    const cleanups: (() => void)[] = []
    // A join link's key: read, then taken out of the address bar and the history.
    const fromLink = keyFromFragment(window.location.hash)
    if (window.location.hash) {
      history.replaceState(null, '', window.location.pathname + window.location.search)
    }
    void (async () => {
      const store = await getSyncStore()
      if (fromLink && !cancelled) setLinkKey(fromLink)
      const space = await store.space()
      if (cancelled) return
      if (!space) {
        localStorage.removeItem(SYNC_FLAG)
        return setView({ name: 'off' })
      }
      setView({ name: 'on', space })
      const stop = await startSync()
      const engine = await getSyncEngine()
      if (cancelled || !engine) return stop()
      cleanups.push(stop)
      const refresh = async () => {
        const [tooLarge, held, last] = await Promise.all([
          store.tooLargeCount(),
          store.heldCount(),
          store.lastSync(),
        ])
        if (cancelled) return
        setCounts((c) => ({ ...c, tooLarge, held }))
        setLastSync(last)
        setDevices(await engine.devices().catch(() => 'unavailable' as const))
      }
      cleanups.push(
        engine.subscribe((next) => {
          setStatus(next)
          if (next.phase === 'synced' || next.phase === 'error') void refresh()
        }),
      )
      cleanups.push(
        store.watchPending(
          (pending) => setCounts((c) => ({ ...c, pending })),
          () => undefined,
        ),
      )
    })().catch((error: unknown) => {
      if (!cancelled) setMessage({ text: syncMessage(error, t, tStorage), error: true })
    })
    return () => {
      cancelled = true
      for (const cleanup of cleanups) cleanup()
    }
  }, [generation, t, tStorage])

  const act = useCallback(
    async (action: () => Promise<string | undefined>) => {
      setBusy(true)
      setMessage(undefined)
      try {
        const text = await action()
        restartSync()
        setGeneration((g) => g + 1)
        if (text) setMessage({ text })
      } catch (error) {
        setMessage({ text: syncMessage(error, t, tStorage), error: true })
      } finally {
        setBusy(false)
      }
    },
    [t, tStorage],
  )

  const start = () =>
    act(async () => {
      const key = await turnOn(await getSyncStore())
      setView({ name: 'on', space: { key: toBase64Url(key), since: Date.now() } })
      setShowKey(true)
      return t('started')
    })
  const joinWith = (key: Uint8Array) =>
    act(async () => {
      await join(await getSyncStore(), key)
      setLinkKey(undefined)
      return t('joined')
    })
  const joinTyped = (input: string) =>
    act(async () => {
      await join(await getSyncStore(), parseKeyInput(input))
      return t('joined')
    })

  if (view.name === 'loading') return <p>{t('loading')}</p>

  const feedback = message && (
    <p
      className={message.error ? 'sync-message sync-error' : 'sync-message'}
      role={message.error ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  )

  /** The offer to join the space of the link that opened the page. */
  const joinFromLink = (key: NonNullable<typeof linkKey>) => (
    <section className="sync-link-join" aria-labelledby="sync-link-heading">
      <h2 id="sync-link-heading">{t('join.heading')}</h2>
      <p>{t('join.fromLink')}</p>
      <button type="button" disabled={busy} onClick={() => void joinWith(key)}>
        {t('join.fromLinkButton')}
      </button>
    </section>
  )

  if (view.name === 'off') {
    return (
      <>
        <SyncState status={undefined} counts={counts} lng={lng} />
        {feedback}
        {linkKey && joinFromLink(linkKey)}
        <section aria-labelledby="sync-start-heading">
          <h2 id="sync-start-heading">{t('start.heading')}</h2>
          <p>{t('start.text')}</p>
          <button type="button" disabled={busy} onClick={() => void start()}>
            {t('start.button')}
          </button>
        </section>
        <JoinForm busy={busy} onJoin={joinTyped} />
      </>
    )
  }

  return (
    <>
      <SyncState
        status={status}
        counts={counts}
        lastSync={lastSync}
        devices={devices}
        lng={lng}
        onSyncNow={() => void getSyncEngine().then((engine) => engine?.syncNow())}
      />
      {feedback}
      {linkKey &&
        linkKey.length > 0 &&
        toBase64Url(linkKey) !== view.space.key &&
        joinFromLink(linkKey)}
      <section aria-labelledby="sync-key-heading">
        <h2 id="sync-key-heading">{t('key.heading')}</h2>
        <p>{t('key.text')}</p>
        <button type="button" aria-expanded={showKey} onClick={() => setShowKey(!showKey)}>
          {showKey ? t('key.hide') : t('key.show')}
        </button>
        {showKey && <SyncKeyPanel syncKey={view.space.key} lng={lng} />}
      </section>
      <ManageSpace
        busy={busy}
        onRotate={() =>
          act(async () => {
            const key = await rotate(await getSyncStore())
            setView({ name: 'on', space: { key: toBase64Url(key), since: Date.now() } })
            setShowKey(true)
            return t('manage.rotated')
          })
        }
        onLeave={() =>
          act(async () => {
            const engine = await getSyncEngine()
            await engine?.leave()
            localStorage.removeItem(SYNC_FLAG)
            return t('manage.left')
          })
        }
        onDelete={() =>
          act(async () => {
            const engine = await getSyncEngine()
            await engine?.deleteSpace()
            localStorage.removeItem(SYNC_FLAG)
            return t('manage.deleted')
          })
        }
      />
      <JoinForm busy={busy} onJoin={joinTyped} />
    </>
  )
}
