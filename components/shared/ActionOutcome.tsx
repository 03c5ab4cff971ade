'use client'

import { useEffect, useRef } from 'react'

interface ActionOutcomeProps {
  /** The last action's result; a new one (with an undo) moves focus to its Undo button. */
  result?: { text: string; undo?: unknown }
  undoLabel: string
  onUndo: () => void
}

/**
 * What the last action did, said in a status region, with Undo when it can be taken back:
 * focus goes to Undo rather than to the top of the page, so it is one key away.
 */
export function ActionOutcome({ result, undoLabel, onUndo }: ActionOutcomeProps) {
  const undoButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (result?.undo) undoButton.current?.focus()
  }, [result])
  return (
    <div className="result-line">
      <p role="status">{result?.text}</p>
      {result?.undo !== undefined && (
        <button ref={undoButton} type="button" onClick={onUndo}>
          {undoLabel}
        </button>
      )}
    </div>
  )
}
