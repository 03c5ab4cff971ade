'use client'

import { useMemo, useState } from 'react'
import { renderSVG } from 'uqr'
import { useT } from '@/i18n/client'
import { fromBase64Url } from '@/lib/sync/base64url'
import { joinLink, keyToWords } from '@/lib/sync/keys'

interface SyncKeyPanelProps {
  /** The sync key, base64url. */
  syncKey: string
  lng: string
}

/**
 * The key as 24 numbered words and as a QR code of the join link, which a phone's camera
 * opens: the key is in the fragment, which browsers never send to a server.
 */
export function SyncKeyPanel({ syncKey, lng }: SyncKeyPanelProps) {
  const { t } = useT('sync')
  const [copied, setCopied] = useState(false)
  const { words, link, qr } = useMemo(() => {
    const bytes = fromBase64Url(syncKey) ?? new Uint8Array()
    const link = joinLink(window.location.origin, lng, bytes)
    const svg = renderSVG(link, { border: 2 })
    return {
      words: keyToWords(bytes),
      link,
      qr: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    }
  }, [syncKey, lng])
  const copy = async () => {
    await navigator.clipboard.writeText(link)
    setCopied(true)
  }
  return (
    <div className="sync-key">
      {/* A data: URL made here: next/image has nothing to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img className="sync-qr" src={qr} alt={t('key.qr')} width={220} height={220} />
      <div>
        <h3 id="sync-key-words">{t('key.words')}</h3>
        <ol className="sync-words" aria-labelledby="sync-key-words">
          {words.map((word, index) => (
            <li key={index}>{word}</li>
          ))}
        </ol>
        <p>
          <label htmlFor="sync-link">{t('key.link')}</label>
          <input id="sync-link" className="sync-link" readOnly value={link} />
        </p>
        <p className="sync-row">
          <button type="button" onClick={() => void copy().catch(() => setCopied(false))}>
            {t('key.copyLink')}
          </button>
          <span role="status">{copied ? t('key.copied') : ''}</span>
        </p>
      </div>
    </div>
  )
}
