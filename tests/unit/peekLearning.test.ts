import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { LearningDb } from '@/lib/storage/db'
import { LearningStore } from '@/lib/storage/learningStore'
import { onDexieWrite } from '@/lib/storage/learningWrites'
import { peekLearning } from '@/lib/storage/peekLearning'
import type { SenseInfo } from '@/lib/learning/types'

const NOW = Date.UTC(2026, 11, 6, 9)
const DAY = 86_400_000
let counter = 0
const opened: Dexie[] = []

function freshStore() {
  const db = new LearningDb(`peek-${++counter}`)
  opened.push(db)
  return new LearningStore(db)
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const sense = (lemma: string): SenseInfo => ({
  sense: lemma,
  lemma,
  pos: 'noun',
  gender: 'm',
  glosses: { en: lemma.toLowerCase(), de: `${lemma} (Erklärung)` },
})

describe('peeking at the learning data without Dexie', () => {
  it('finds no database and does not create one', async () => {
    const name = `absent-${++counter}`
    expect(await peekLearning(NOW, name)).toEqual({ words: new Map(), due: 0 })
    const names = (await indexedDB.databases()).map((database) => database.name)
    expect(names).not.toContain(name)
  })

  it('reads the same words and due count as the store', async () => {
    const store = freshStore()
    await store.act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    await store.act('known', { key: 'Teppich', sense: sense('Teppich') }, NOW)
    await store.act('ignore', { key: 'Alaska', sense: sense('Alaska') }, NOW)
    const name = store.db.name
    store.db.close()
    const peek = await peekLearning(NOW + DAY, name)
    expect(peek).toBeDefined()
    expect(Object.fromEntries([...peek!.words].map(([key, word]) => [key, word.status]))).toEqual({
      Gipfel: 'learning',
      Teppich: 'known',
      Alaska: 'ignored',
    })
    await store.db.open()
    expect(peek!.due).toBe((await store.dueCards(NOW + DAY)).length)
    expect(peek!.due).toBeGreaterThan(0)
  })

  it('leaves data of an older schema to Dexie, which upgrades it', async () => {
    const name = `old-${++counter}`
    const v1 = new Dexie(name)
    v1.version(1).stores({ words: 'key, status', cards: 'id, word, due', reviews: 'id, card' })
    await v1.open()
    v1.close()
    opened.push(v1)
    expect(await peekLearning(NOW, name)).toBeUndefined()
  })

  it('skips rows that are not readable words', async () => {
    const store = freshStore()
    await store.act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    await store.db.words.put({ key: 'kaputt' } as never)
    const name = store.db.name
    store.db.close()
    expect([...(await peekLearning(NOW, name))!.words.keys()]).toEqual(['Gipfel'])
  })
})

describe('hearing of writes without Dexie', () => {
  it('hears a write made through Dexie', async () => {
    const heard = new Promise<void>((resolve) => {
      const stop = onDexieWrite(() => {
        stop()
        resolve()
      })
    })
    await freshStore().act('save', { key: 'Gipfel', sense: sense('Gipfel') }, NOW)
    await heard
  })
})
