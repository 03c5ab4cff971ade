'use client'

import { useState } from 'react'
import { useT } from '@/i18n/client'

interface ManageSpaceProps {
  busy: boolean
  onRotate: () => Promise<void>
  onLeave: () => Promise<void>
  onDelete: () => Promise<void>
}

/** Changing the key, leaving, and deleting the space (which asks once more). */
export function ManageSpace({ busy, onRotate, onLeave, onDelete }: ManageSpaceProps) {
  const { t } = useT('sync')
  const [confirming, setConfirming] = useState(false)
  return (
    <section aria-labelledby="sync-manage-heading">
      <h2 id="sync-manage-heading">{t('manage.heading')}</h2>
      <p>{t('manage.rotateText')}</p>
      <button type="button" disabled={busy} onClick={() => void onRotate()}>
        {t('manage.rotate')}
      </button>
      <p>{t('manage.leaveText')}</p>
      <button type="button" disabled={busy} onClick={() => void onLeave()}>
        {t('manage.leave')}
      </button>
      <p>{t('manage.deleteText')}</p>
      {confirming ? (
        <p className="sync-row">
          <button
            type="button"
            disabled={busy}
            onClick={() => void onDelete().then(() => setConfirming(false))}
          >
            {t('manage.deleteConfirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('manage.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('manage.delete')}
        </button>
      )}
    </section>
  )
}
