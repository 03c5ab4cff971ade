import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { LearningDb } from '@/lib/storage/db'
import {
  parseSharedText,
  parseSharedTextFile,
  SharedTextError,
  toSharedText,
} from '@/lib/import/shared'
import { TextStore } from '@/lib/storage/textStore'

let counter = 0
const opened: LearningDb[] = []
function freshStore() {
  const db = new LearningDb(`texts-${++counter}`)
  opened.push(db)
  return new TextStore(db)
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const de = [
  { kind: 'heading' as const, text: 'Im Garten' },
  { kind: 'paragraph' as const, text: 'Die Großmutter pflanzt Tomaten.' },
]
const en = [
  { kind: 'heading' as const, text: 'In the garden' },
  { kind: 'paragraph' as const, text: 'Grandmother plants tomatoes.' },
]

describe('imported texts', () => {
  it('are kept, listed newest first, and keep the reader’s gloss corrections', async () => {
    const store = freshStore()
    const first = await store.add({ title: 'Garten', de, en }, 1000)
    await store.add({ title: 'Ohne Übersetzung', de }, 2000)
    await store.setCorrection(first.id, 'ding:Tomate|noun', '  tomato (the fruit) ', 3000)
    const { texts, unreadable } = await store.list()
    expect(texts.map((t) => t.title)).toEqual(['Garten', 'Ohne Übersetzung'])
    expect(unreadable).toBe(0)
    expect((await store.get(first.id))!.corrections).toEqual({
      'ding:Tomate|noun': 'tomato (the fruit)',
    })
    await store.setCorrection(first.id, 'ding:Tomate|noun', '', 4000)
    expect((await store.get(first.id))!.corrections).toEqual({})
    expect(texts[1]!.en).toBeUndefined()
  })

  it('round-trip through a shared file into another profile, without duplicates', async () => {
    const teacher = freshStore()
    const text = await teacher.add({
      title: 'Garten',
      de,
      en,
      corrections: { 'ding:Tomate|noun': 'tomato' },
    })
    const file = JSON.stringify(toSharedText(text))
    const learner = freshStore()
    const imported = await learner.importShared(parseSharedText(file))
    expect(imported).toMatchObject({
      title: 'Garten',
      de,
      en,
      corrections: { 'ding:Tomate|noun': 'tomato' },
    })
    await learner.importShared(parseSharedText(file))
    expect((await learner.list()).texts).toHaveLength(1)
  })

  it('refuse a shared file that is not one, saying where', () => {
    expect(() => parseSharedText('{')).toThrow(SharedTextError)
    expect(() =>
      parseSharedText(
        JSON.stringify({
          format: 'zweiklang-text',
          version: 1,
          title: 'x',
          de: [],
          corrections: {},
        }),
      ),
    ).toThrow(/de/)
    const mismatched = {
      format: 'zweiklang-text',
      version: 1,
      title: 'x',
      de,
      en: en.slice(1),
      corrections: {},
    }
    expect(() => parseSharedText(JSON.stringify(mismatched))).toThrow(
      'en: 1 blocks for 2 German blocks',
    )
    const marked = { ...mismatched, en, translation: { by: 'machine', edited: [1, 5] } }
    expect(() => parseSharedText(JSON.stringify(marked))).toThrow(
      'translation.edited.1: no German block 5',
    )
    const unmarked = { ...marked, en: undefined }
    expect(() => parseSharedText(JSON.stringify(unmarked))).toThrow('translation: no English')
    // Opened from a file, the error names it.
    expect(() => parseSharedTextFile('{', 'garten.zweiklang.json')).toThrow(
      expect.objectContaining({ file: 'garten.zweiklang.json', message: 'not JSON' }),
    )
  })

  it('come back as they were after a removal is undone', async () => {
    const store = freshStore()
    const text = await store.add(
      { title: 'Garten', de, en, corrections: { 'ding:Tomate|noun': 'tomato' } },
      1000,
    )
    await store.add({ title: 'Später', de }, 2000)
    await store.remove(text.id)
    expect(await store.get(text.id)).toBeUndefined()
    await store.restore(text)
    expect(await store.get(text.id)).toEqual(text)
    expect((await store.list()).texts.map((t) => t.title)).toEqual(['Später', 'Garten'])
  })

  it('leave a record they cannot read where it is, and count it', async () => {
    const store = freshStore()
    await store.db.texts.put({ id: 'broken', title: 3 } as never)
    expect(await store.list()).toEqual({ texts: [], unreadable: 1 })
    expect(await store.db.texts.count()).toBe(1)
  })
})

describe('a translation made on the device', () => {
  it('is kept block by block, marked as the machine’s, and a block the reader edits is theirs', async () => {
    const store = freshStore()
    const text = await store.add({ title: 'Garten', de })
    await store.setTranslatedBlock(text.id, 0, 'In the garden', 'machine')
    let saved = (await store.get(text.id))!
    expect(saved.en).toEqual([{ kind: 'heading', text: 'In the garden' }])
    expect(saved.translation).toEqual({ by: 'machine', edited: [] })
    // Not the next block: nothing changes (a run resumes after the last block it kept).
    await store.setTranslatedBlock(text.id, 3, 'Nowhere', 'machine')
    await store.setTranslatedBlock(text.id, 1, 'Grandma plants tomatoes.', 'machine')
    await store.setTranslatedBlock(text.id, 1, 'Grandmother plants tomatoes.', 'reader')
    saved = (await store.get(text.id))!
    expect(saved.en?.map((block) => block.text)).toEqual([
      'In the garden',
      'Grandmother plants tomatoes.',
    ])
    expect(saved.translation).toEqual({ by: 'machine', edited: [1] })
  })

  it('travels in a shared file with its mark; a translation under way does not', async () => {
    const teacher = freshStore()
    const text = await teacher.add({ title: 'Garten', de })
    await teacher.setTranslatedBlock(text.id, 0, 'In the garden', 'machine')
    expect(toSharedText((await teacher.get(text.id))!).en).toBeUndefined()
    await teacher.setTranslatedBlock(text.id, 1, 'Grandmother plants tomatoes.', 'machine')
    const file = JSON.stringify(toSharedText((await teacher.get(text.id))!))
    const imported = await freshStore().importShared(parseSharedText(file))
    expect(imported.translation).toEqual({ by: 'machine', edited: [] })
    expect(imported.en).toHaveLength(2)
    // A block the teacher rewrote stays theirs, not the machine's, in the learner's copy.
    await teacher.setTranslatedBlock(text.id, 0, 'In the garden, at home', 'reader')
    const edited = JSON.stringify(toSharedText((await teacher.get(text.id))!))
    const learner = await freshStore().importShared(parseSharedText(edited))
    expect(learner.translation).toEqual({ by: 'machine', edited: [0] })
    expect(learner.en?.[0]?.text).toBe('In the garden, at home')
  })
})
