import { useState } from 'react'

/** What an action did, for the status region; a deletion can be taken back. */
export interface ActionResult {
  text: string
  undo?: () => Promise<ActionResult>
}

/** An action on the reader's data: its result is announced, its failure shown as an alert. */
export type Perform = (work: () => Promise<ActionResult>) => Promise<void>

/**
 * The last action's result and failure, for `ActionOutcome`. A failure is described for the
 * reader rather than thrown, and the next success clears it.
 */
export function useActions(describeFailure: (error: unknown) => string) {
  const [result, setResult] = useState<ActionResult>()
  const [failure, setFailure] = useState<string>()
  const perform: Perform = async (work) => {
    try {
      setResult(await work())
      setFailure(undefined)
    } catch (error) {
      setFailure(describeFailure(error))
    }
  }
  return { result, failure, setFailure, perform }
}
