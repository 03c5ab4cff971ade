'use client'

import { useMemo } from 'react'
import { useT } from '@/i18n/client'
import type { Language } from '@/i18n/settings'
import type { SpaceDevice, SyncStatus } from '@/lib/sync/engine'

export interface SyncCounts {
  pending: number
  tooLarge: number
  held: number
}

interface SyncStateProps {
  /** Undefined while sync is off. */
  status: SyncStatus | undefined
  counts: SyncCounts
  lastSync?: number
  devices?: SpaceDevice[] | 'unavailable'
  lng: Language
  onSyncNow?: () => void
}

/** Where sync stands, said plainly, and when each device last synced. */
export function SyncState({ status, counts, lastSync, devices, lng, onSyncNow }: SyncStateProps) {
  const { t } = useT('sync')
  const time = useMemo(
    () => new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }),
    [lng],
  )
  const phase = status?.phase ?? 'syncing'
  const stateText = !status
    ? t('state.off')
    : phase === 'error' || (phase === 'offline' && status.error && status.error !== 'offline')
      ? t('state.error', { reason: t(`failure.${status.error ?? 'server'}`) })
      : phase === 'off'
        ? t('state.off')
        : t(`state.${phase}`)
  return (
    <section className="sync-state" aria-labelledby="sync-state-heading">
      <h2 id="sync-state-heading">{t('state.heading')}</h2>
      <p role="status" className={`sync-phase sync-phase-${status ? phase : 'off'}`}>
        {stateText}
      </p>
      {status && (
        <>
          <p>
            {lastSync ? t('state.lastSync', { time: time.format(lastSync) }) : t('state.never')}
          </p>
          {counts.pending > 0 && <p>{t('state.pending', { count: counts.pending })}</p>}
          {counts.tooLarge > 0 && <p>{t('state.tooLarge', { count: counts.tooLarge })}</p>}
          {counts.held > 0 && <p>{t('state.held', { count: counts.held })}</p>}
          {onSyncNow && (
            <button type="button" onClick={onSyncNow} disabled={phase === 'syncing'}>
              {t('state.syncNow')}
            </button>
          )}
        </>
      )}
      {devices && (
        <>
          <h3>{t('devices.heading')}</h3>
          {devices === 'unavailable' ? (
            <p>{t('devices.unavailable')}</p>
          ) : (
            <ul className="sync-devices">
              {devices.map((device) => {
                const label = device.label ?? t('devices.unnamed')
                return (
                  <li key={device.device}>
                    {device.isThis ? t('devices.thisDevice', { label }) : label},{' '}
                    {t('devices.lastSeen', { time: time.format(device.lastSeen) })}
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
