/** A record as the outbox knows it: its local name and whether it waits to be pushed. */
export interface OutboxEntry {
  ref: string
  /** 0: as the server has it; 1: changed here since; 2: too large to sync. */
  pending: number
}

/**
 * After a full resync that followed a `compacted` reset: the records this device had from
 * the server (unchanged here since) that the server no longer returned were deleted on
 * another device while this one was away, their tombstones compacted since. Records changed
 * here, or never synced, stay and are pushed.
 */
export function deletedWhileAway(entries: Iterable<OutboxEntry>, returned: ReadonlySet<string>) {
  const gone: string[] = []
  for (const { ref, pending } of entries) if (pending === 0 && !returned.has(ref)) gone.push(ref)
  return gone
}
