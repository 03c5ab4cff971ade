'use client'

import { lazy, Suspense, type ComponentType } from 'react'

/**
 * A client component whose code is not among the page's first scripts. The server renders it
 * in full, so its markup is in the first paint (no layout shift); the browser fetches its
 * code when hydration reaches it and hydrates it in a task of its own (its Suspense
 * boundary), after the rest of the page. A click on it before then is replayed by React once
 * it is hydrated. For controls a reader sees at once but rarely uses in the first second.
 */
export function deferHydration<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const Lazy = lazy(async () => ({ default: await load() }))
  function Deferred(props: Props) {
    return (
      // The fallback shows only on a client-side navigation before the code has arrived.
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return Deferred
}
