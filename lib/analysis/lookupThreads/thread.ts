import { parentPort } from 'node:worker_threads'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { lookupAnswers } from '../lookupAnswer'
import { serverIndexes, serverSources } from '../serverSources'
import { lookupReplies } from './answer'
import type { LookupResult, LookupTask } from './protocol'

// One of the server's lookup threads (see pool.ts): its own indexes and word plans, opened
// when the thread starts so that its first lookup does not wait for them.
const reply = lookupReplies(
  lookupAnswers(serverSources(getLexiconFromFile('en')), serverIndexes()).bytes,
)

const port = parentPort!
port.on('message', ({ id, query, coding }: LookupTask) => {
  reply(query, coding).then(
    (outcome) => port.postMessage({ id, ...outcome } satisfies LookupResult, [outcome.body.buffer]),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      port.postMessage({ id, error: message } satisfies LookupResult)
    },
  )
})
