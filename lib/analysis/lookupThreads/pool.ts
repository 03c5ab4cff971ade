import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Coding, LookupReply, LookupResult, LookupTask } from './protocol'

/**
 * At most this many lookup threads, however many cores: each holds its own copy of the
 * indexes it has decoded and of its word plans (at most PLANNED_WORDS_CAP words, lookupAnswer.ts).
 */
const MAX_THREADS = 4

interface Pending {
  resolve: (reply: LookupReply) => void
  reject: (error: Error) => void
}

interface LookupThread {
  worker: Worker
  pending: Map<number, Pending>
}

/**
 * The lookup route's answers are built off the server's main thread, by lookup threads (see
 * thread.ts and lookupThreadCount): one Node thread runs JavaScript on one core, and the main
 * thread has Next's own work for every request. Each request goes to the thread with the fewest
 * lookups in hand. A thread that fails is replaced, and the requests it held fail with an error.
 */
function lookupPool(size: number) {
  let nextId = 0
  const threads: LookupThread[] = []

  function start(): LookupThread {
    const worker = new Worker(new URL('./thread.ts', import.meta.url))
    // The server ends when Next ends, whatever the threads do.
    worker.unref()
    const thread: LookupThread = { worker, pending: new Map() }
    worker.on('message', (result: LookupResult) => {
      const waiting = thread.pending.get(result.id)
      thread.pending.delete(result.id)
      if ('error' in result) waiting?.reject(new Error(`lookup failed: ${result.error}`))
      else waiting?.resolve(result)
    })
    const fail = (error: Error) => {
      for (const waiting of thread.pending.values()) waiting.reject(error)
      thread.pending.clear()
      // Replaced at the next lookup, not at once: a thread that cannot start is not restarted
      // in a loop.
      const place = threads.indexOf(thread)
      if (place >= 0) threads.splice(place, 1)
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`lookup thread ended (code ${code})`)))
    return thread
  }

  const fill = () => {
    while (threads.length < size) threads.push(start())
  }
  fill()

  return {
    /**
     * The lookup answer for a request's query string (see lookupWords and lookupAnswers), as
     * UTF-8 JSON in the client's coding (see lookupReplies), or why the request is refused.
     */
    answer(query: string, coding: Coding): Promise<LookupReply> {
      fill()
      const thread = threads.reduce((least, each) =>
        each.pending.size < least.pending.size ? each : least,
      )
      const id = nextId++
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject })
        thread.worker.postMessage({ id, query, coding } satisfies LookupTask)
      })
    },
  }
}

/**
 * How many lookup threads: ZK_LOOKUP_THREADS (1 to MAX_THREADS) where set, else one per core
 * but the one the main thread needs for Next's own work, and at least one. Each thread plans
 * the words it meets for itself, so a second thread on two cores plans most words twice: on
 * this 2-core machine one thread gave the same rate with a p99 of 327–354 ms against 507–541,
 * and with the cheaper answers of 2026-12-07 650 a second (p99 74 ms) against 506 (p99 142 ms)
 * (docs/performance.md, "Dictionary under load"). A value out of range is reported and the
 * default used.
 */
export function lookupThreadCount(
  setting: string | undefined,
  cores: number = availableParallelism(),
): number {
  const fallback = Math.max(1, Math.min(MAX_THREADS, cores - 1))
  if (setting === undefined || setting.trim() === '') return fallback
  const asked = Number(setting)
  if (Number.isInteger(asked) && asked >= 1 && asked <= MAX_THREADS) return asked
  console.error(
    `ZK_LOOKUP_THREADS=${JSON.stringify(setting)} is not a number of threads from 1 to ${MAX_THREADS}: using ${fallback}`,
  )
  return fallback
}

interface Held {
  pool?: ReturnType<typeof lookupPool>
}
// One pool per process, kept across the module copies a Next server loads (instrumentation.ts
// and the route are bundled apart).
const held = ((globalThis as { __zweiklangLookupThreads?: Held }).__zweiklangLookupThreads ??= {})

/** The process's lookup threads, started when the server starts or at the first lookup. */
export const lookupThreads = () =>
  (held.pool ??= lookupPool(lookupThreadCount(process.env.ZK_LOOKUP_THREADS)))
