import { parentPort } from 'node:worker_threads'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { lookupWords } from '../lookup'
import { lookupAnswers } from '../lookupAnswer'
import { serverIndexes, serverSources } from '../serverSources'
import type { LookupResult, LookupTask } from './protocol'

// One of the server's lookup threads (see pool.ts): its own indexes and word plans, opened
// when the thread starts so that its first lookup does not wait for them.
const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), serverIndexes())

const encoder = new TextEncoder()
const port = parentPort!
port.on('message', ({ id, query }: LookupTask) => {
  let body: Uint8Array<ArrayBuffer>
  try {
    const asked = lookupWords(query)
    if ('refused' in asked) {
      port.postMessage({ id, refused: asked.refused } satisfies LookupResult)
      return
    }
    body = encoder.encode(answer(asked.words))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    port.postMessage({ id, error: message } satisfies LookupResult)
    return
  }
  port.postMessage({ id, body } satisfies LookupResult, [body.buffer])
})
