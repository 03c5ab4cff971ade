'use client'

import { useEffect, useRef } from 'react'
import type { ActionResult, Perform } from './useActions'

interface ActionOutcomeProps {
  /** The last action's result; a new one (with an undo) moves focus to its Undo button. */
  result?: ActionResult
  /** Why the last action failed, shown as an alert. */
  failure?: string
  undoLabel: string
  /** Runs the undo as an action of its own, so that it is announced and can fail too. */
  perform: Perform
}

/**
 * What the last action did, said in a status region, with Undo when it can be taken back:
 * focus goes to Undo rather than to the top of the page, so it is one key away.
 */
export function ActionOutcome({ result, failure, undoLabel, perform }: ActionOutcomeProps) {
  const undoButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (result?.undo) undoButton.current?.focus()
  }, [result])
  const undo = result?.undo
  return (
    <>
      {failure && (
        <p className="alert-box" role="alert">
          {failure}
        </p>
      )}
      <div className="result-line">
        <p role="status">{result?.text}</p>
        {undo !== undefined && (
          <button ref={undoButton} type="button" onClick={() => void perform(undo)}>
            {undoLabel}
          </button>
        )}
      </div>
    </>
  )
}
