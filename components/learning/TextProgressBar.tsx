'use client'

import { useEffect, useState } from 'react'
import type { TextProgress } from '@/lib/learning/progress'
import { fill } from '@/lib/text/fill'
import { afterLoad } from '@/components/shared/afterLoad'

interface TextProgressBarProps {
  slug: string
  lng: string
  /** "{{percent}} of its words known", and the bar's accessible name. */
  labels: { textKnown: string; textLabel: string }
}

/** A library card's share of known words, by running words; hidden until the reader starts. */
export function TextProgressBar({ slug, lng, labels }: TextProgressBarProps) {
  const [progress, setProgress] = useState<TextProgress>()
  useEffect(() => {
    let stop: (() => void) | undefined
    const cancel = afterLoad(() => {
      void import('./progressData').then(({ watchTextProgress }) => {
        stop = watchTextProgress(slug, setProgress)
      })
    })
    return () => {
      cancel()
      stop?.()
    }
  }, [slug])
  if (!progress || progress.known + progress.learning === 0) return null
  const percent = new Intl.NumberFormat(lng, { style: 'percent' }).format(progress.knownShare)
  return (
    <p className="text-progress">
      <meter min={0} max={1} value={progress.knownShare} aria-label={labels.textLabel} />{' '}
      {fill(labels.textKnown, { percent })}
    </p>
  )
}
