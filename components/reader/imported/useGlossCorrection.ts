'use client'

import { useEffect } from 'react'
import { useT } from '@/i18n/client'
import { storageMessage } from '@/components/storage/storageMessage'
import type { ImportedReading } from '@/lib/import/reading'
import { toStorageError } from '@/lib/storage/storageError'
import { attachGlossCorrection } from './glossCorrection'

/**
 * The popup's correction form for text analysed in the browser (an imported text, a book's
 * chapter): `save` keeps the reader's gloss where that text is stored.
 */
export function useGlossCorrection(
  popupId: string,
  reading: ImportedReading | undefined,
  save: (key: string, gloss: string) => Promise<void>,
) {
  const { t } = useT('mine')
  const { t: storageT } = useT('storage')
  useEffect(
    () =>
      reading &&
      attachGlossCorrection({
        popupId,
        t,
        save,
        original: reading.original,
        changed: (key, gloss) => {
          // A word saved after the change keeps the reader's gloss in every language.
          const sense = reading.words.senses[key]
          const glosses = gloss
            ? Object.fromEntries(Object.keys(sense?.glosses ?? {}).map((l) => [l, gloss]))
            : reading.original(key)?.glosses
          if (sense && glosses) sense.glosses = glosses as typeof sense.glosses
        },
        describeError: (error) => storageMessage(toStorageError(error), storageT),
      }),
    // `save` is a new function each render; the form is attached once per reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [popupId, t, storageT, reading],
  )
}
