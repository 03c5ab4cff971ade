import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { alignParagraphs, pairChapters } from '@/lib/alignment/books'
import { chapterRecordSchema } from '@/lib/books/records'
import { insertGap, mergeWithNext, removeGap } from '@/lib/import/align'
import {
  blocksFromLinks,
  chapterChoices,
  pairedByReader,
  pairingsOf,
  repeatedChoices,
} from '@/lib/books/translation'
import type { BookBlock, ParsedBook } from '@/lib/books/types'
import { BookStore } from '@/lib/storage/bookStore'
import { LearningDb } from '@/lib/storage/db'

const p = (text: string): BookBlock => ({ kind: 'paragraph', text })

describe('a chapter’s English from the aligner’s links', () => {
  const en = [p('One.'), p('Two.'), p('Three.'), p('Four.')]

  it('gives each German block its English, joins 1–2 links and leaves a gap for 2–1', () => {
    const paired = blocksFromLinks(4, en, [
      { de: [0], en: [0], confidence: 0.99, doubtful: false },
      { de: [1], en: [1, 2], confidence: 0.9, doubtful: false },
      { de: [2, 3], en: [3], confidence: 0.5, doubtful: true },
    ])
    expect(paired.en.map((block) => block.text)).toEqual(['One.', 'Two. Three.', 'Four.', ''])
    expect(paired.translation).toEqual({
      by: 'published',
      edited: [],
      confidence: [0.99, 0.9, 0.5, 0.5],
      doubtful: [2, 3],
    })
  })

  it('keeps a 2–2 link’s paragraphs one to one, flagged when the aligner doubts them', () => {
    const paired = blocksFromLinks(2, en.slice(0, 2), [
      { de: [0, 1], en: [0, 1], confidence: 0.3, doubtful: true },
    ])
    expect(paired.en.map((block) => block.text)).toEqual(['One.', 'Two.'])
    expect(paired.translation.doubtful).toEqual([0, 1])
  })

  it('keeps English that pairs with no German block, joined to its neighbour and flagged', () => {
    const paired = blocksFromLinks(2, en, [
      { de: [], en: [0], confidence: 0.6, doubtful: true },
      { de: [0], en: [1], confidence: 0.95, doubtful: false },
      { de: [1], en: [2], confidence: 0.95, doubtful: false },
      { de: [], en: [3], confidence: 0.6, doubtful: true },
    ])
    expect(paired.en.map((block) => block.text)).toEqual(['One. Two.', 'Three. Four.'])
    expect(paired.translation.doubtful).toEqual([0, 1])
  })

  it('pairs real paragraphs through alignParagraphs, confidence kept per block', () => {
    const de = [
      p('Am 4. Mai 1771 kam Werther in die Stadt.'),
      p('Er schrieb an Wilhelm einen langen Brief über den Garten und die Bäume.'),
    ]
    const english = [
      p('On the 4th of May 1771 Werther came to the town.'),
      p('He wrote Wilhelm a long letter about the garden and the trees.'),
    ]
    const paired = blocksFromLinks(2, english, alignParagraphs(de, english))
    expect(paired.en).toEqual(english)
    expect(paired.translation.confidence).toHaveLength(2)
  })
})

describe('pairing chapters', () => {
  it('takes the aligner’s chapter links as the reader’s starting choices', () => {
    const chapter = (title: string, text: string) => ({ title, blocks: [p(text)] })
    const de = [chapter('I.', 'Erstes Kapitel mit Anna.'), chapter('II.', 'Zweites mit Bert.')]
    const en = [
      chapter('Preface', 'A translator’s preface, long enough to be its own chapter here.'),
      chapter('I.', 'First chapter with Anna.'),
      chapter('II.', 'Second with Bert.'),
    ]
    const { choices } = chapterChoices(de.length, pairChapters(de, en))
    expect(choices).toEqual([1, 2])
    expect(pairingsOf([null, 2], en)).toEqual([{ de: 1, en: en[2] }])
  })

  it('names the German chapters whose English the aligner is unsure of', () => {
    const links = [
      { de: [0], en: [0], confidence: 0.95 },
      { de: [1], en: [1], confidence: 0.1 },
      { de: [], en: [2], confidence: 0.5 },
    ]
    expect(chapterChoices(3, links)).toEqual({ choices: [0, 1, null], doubtful: [1] })
  })

  it('names an English chapter chosen twice', () => {
    expect(repeatedChoices([0, 1, 1, null, 0])).toEqual([0, 1])
    expect(repeatedChoices([0, null, 2])).toEqual([])
  })
})

describe('the reader’s pairs', () => {
  it('marks the blocks whose English changed as the reader’s and keeps only the doubts left', () => {
    const before = blocksFromLinks(
      2,
      [p('A. B.')],
      [{ de: [0, 1], en: [0], confidence: 0.4, doubtful: true }],
    )
    expect(before.en.map((block) => block.text)).toEqual(['A. B.', ''])
    const unchanged = pairedByReader(before, before.en)
    expect(unchanged.translation.edited).toEqual([])
    expect(unchanged.translation.doubtful).toEqual([])
    expect(pairedByReader(before, before.en, [1]).translation.doubtful).toEqual([1])
    const split = pairedByReader(before, [p('A.'), p('B.')])
    expect(split.translation.edited).toEqual([0, 1])
  })
})

describe('a chapter record with English', () => {
  const chapter = { book: 'b', index: 0, blocks: [p('Eins.')] }
  it('is valid with one English block per German block and its source', () => {
    const translation = { by: 'published', edited: [], confidence: [0.9], doubtful: [] }
    expect(
      chapterRecordSchema.safeParse({ ...chapter, en: [p('One.')], translation }).success,
    ).toBe(true)
    expect(chapterRecordSchema.safeParse({ ...chapter, en: [p('')], translation }).success).toBe(
      true,
    )
  })
  it('is not with more English blocks than German, or English of no source', () => {
    const translation = { by: 'machine', edited: [] }
    expect(
      chapterRecordSchema.safeParse({ ...chapter, en: [p('One.'), p('Two.')], translation })
        .success,
    ).toBe(false)
    expect(chapterRecordSchema.safeParse({ ...chapter, en: [p('One.')] }).success).toBe(false)
  })
})

let counter = 0
const opened: LearningDb[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})
function freshStore() {
  const db = new LearningDb(`book-translation-${++counter}`)
  opened.push(db)
  return new BookStore(db)
}

const parsed: ParsedBook = {
  title: 'Das kalte Herz',
  chapters: [
    { title: 'Eins', blocks: [p('Peter Munk ging heim.'), p('Er schlief.')] },
    { title: 'Zwei', blocks: [p('Am Morgen stand er auf.')] },
  ],
  dropped: { images: 0, styles: 0, scripts: 0 },
}

describe('BookStore and a book’s English', () => {
  it('keeps a published translation per chapter with the book’s summary, in one write', async () => {
    const store = freshStore()
    const book = await store.add(parsed)
    const translation = blocksFromLinks(
      2,
      [p('Peter Munk went home. He slept.')],
      [{ de: [0, 1], en: [0], confidence: 0.7, doubtful: true }],
    )
    const updated = await store.setTranslations(book.id, [{ index: 0, translation }])
    expect(updated?.chapters[0]?.translation).toEqual({
      by: 'published',
      doubtful: 2,
      complete: true,
    })
    expect(updated?.chapters[1]?.translation).toBeUndefined()
    const chapter = await store.chapter(book.id, 0)
    expect(chapter?.en?.[0]?.text).toBe('Peter Munk went home. He slept.')
    expect(chapter?.translation?.doubtful).toEqual([0, 1])
  })

  it('stores machine translation block by block, and the reader’s edit as theirs', async () => {
    const store = freshStore()
    const book = await store.add(parsed)
    await store.setTranslatedBlock(book.id, 0, 0, 'Peter Munk went home.', 'machine')
    let chapter = await store.chapter(book.id, 0)
    expect(chapter?.en).toHaveLength(1)
    expect(chapter?.translation).toEqual({ by: 'machine', edited: [] })
    expect((await store.get(book.id))?.chapters[0]?.translation?.complete).toBe(false)
    await store.setTranslatedBlock(book.id, 0, 1, 'He slept.', 'machine')
    await store.setTranslatedBlock(book.id, 0, 0, 'Peter Munk walked home.', 'reader')
    chapter = await store.chapter(book.id, 0)
    expect(chapter?.en?.map((block) => block.text)).toEqual([
      'Peter Munk walked home.',
      'He slept.',
    ])
    expect(chapter?.translation?.edited).toEqual([0])
    expect((await store.get(book.id))?.chapters[0]?.translation).toEqual({
      by: 'machine',
      doubtful: 0,
      complete: true,
    })
  })
})

describe('the alignment editor’s empty slots (a book’s German has no English there)', () => {
  const blocks = [p('One.'), p('Two.')]
  it('puts a slot before a block and takes only an empty one out again', () => {
    const gapped = insertGap(blocks, 1)
    expect(gapped.map((block) => block.text)).toEqual(['One.', '', 'Two.'])
    expect(removeGap(gapped, 1)).toEqual(blocks)
    expect(removeGap(gapped, 0)).toEqual(gapped)
  })
  it('merges a slot with the next block into that block, losing nothing', () => {
    expect(mergeWithNext(insertGap(blocks, 0), 0)).toEqual(blocks)
  })
})
