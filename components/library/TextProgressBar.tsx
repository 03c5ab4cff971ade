'use client'

import { useState } from 'react'
import type { TextProgress } from '@/lib/learning/progress'
import { useT } from '@/i18n/client'
import { useAfterLoad } from '@/components/shared/useAfterLoad'

interface TextProgressBarProps {
  slug: string
  lng: string
}

/** A library card's share of known words, by running words; hidden until the reader starts. */
export function TextProgressBar({ slug, lng }: TextProgressBarProps) {
  const { t } = useT('library', { keyPrefix: 'progress' })
  const [progress, setProgress] = useState<TextProgress>()
  useAfterLoad(
    async () => (await import('./progressData')).watchTextProgress(slug, setProgress),
    slug,
  )
  if (!progress || progress.known + progress.learning === 0) return null
  const percent = new Intl.NumberFormat(lng, { style: 'percent' }).format(progress.knownShare)
  return (
    <p className="text-progress">
      <meter min={0} max={1} value={progress.knownShare} aria-label={t('textLabel')} />{' '}
      {t('textKnown', { percent })}
    </p>
  )
}
