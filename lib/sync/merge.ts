import { mergeEnvelopes, sameEnvelope, type Envelope } from './envelope'

export interface MergeResult {
  merged: Envelope
  /** The device's copy changes. */
  changed: boolean
  /** The merge holds something the server's copy lacks: push it back. */
  push: boolean
}

/**
 * A pulled record against this device's copy. The server cannot merge (it sees ciphertext),
 * so the device does, and pushes the result whenever it is more than what it pulled.
 */
export function mergeIncoming(local: Envelope | undefined, remote: Envelope): MergeResult {
  const merged = local ? mergeEnvelopes(local, remote) : mergeEnvelopes(remote, remote)
  return { merged, changed: !sameEnvelope(merged, local), push: !sameEnvelope(merged, remote) }
}
