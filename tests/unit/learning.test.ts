import { describe, expect, it } from 'vitest'
import { Rating } from 'ts-fsrs'
import { germanWithArticle, MACHINE_TRANSLATION_TAG, toAnkiTsv } from '@/lib/learning/anki'
import { BackupError, makeBackup, parseBackup, planMerge } from '@/lib/learning/backup'
import { textProgress } from '@/lib/learning/progress'
import { newCard, previewDue, rateCard, roundInterval } from '@/lib/learning/schedule'
import { clozeOf, CLOZE_GAP } from '@/lib/learning/cloze'
import { sentenceAround } from '@/lib/text/sentences'
import { applyAction, cardKindsFor, statusOf } from '@/lib/learning/status'
import type { SenseInfo, WordRecord } from '@/lib/learning/types'

const NOW = Date.UTC(2026, 10, 25, 9)
const DAY = 86_400_000

const gipfel: SenseInfo = {
  sense: 'Gipfel',
  lemma: 'Gipfel',
  pos: 'noun',
  gender: 'm',
  glosses: { en: 'summit', de: 'Treffen der Staatschefs' },
}
const source = {
  slug: 'alaska-gipfel',
  title: 'Gipfel in Alaska',
  block: 3,
  sentence: 'Der Gipfel in Alaska endete ohne Einigung.',
  forms: ['Gipfel'],
  translation: 'The summit in Alaska ended without agreement.',
}
const labels = { machineTranslation: 'machine translation' }
const saved = applyAction(undefined, 'save', { key: 'Gipfel', sense: gipfel, source, now: NOW })!

describe('word status', () => {
  it('is new without a record and follows the stored one', () => {
    const records = new Map([['Gipfel', saved]])
    expect(statusOf(records, 'Gipfel')).toBe('learning')
    expect(statusOf(records, 'Treffen')).toBe('new')
  })

  it('saves with the sense, both glosses, the sentence and its translation', () => {
    expect(saved).toMatchObject({
      key: 'Gipfel',
      status: 'learning',
      glosses: { en: 'summit', de: 'Treffen der Staatschefs' },
      source,
      note: '',
      addedAt: NOW,
    })
  })

  it('moves between statuses and keeps the first sentence and the note', () => {
    const noted = { ...saved, note: 'mine' }
    const known = applyAction(noted, 'known', {
      key: 'Gipfel',
      sense: gipfel,
      source: { ...source, sentence: 'Ein anderer Satz.' },
      now: NOW + 1,
    })!
    expect(known.status).toBe('known')
    expect(known.source?.sentence).toBe(source.sentence)
    expect(known.note).toBe('mine')
    expect(known.addedAt).toBe(NOW)
    expect(known.updatedAt).toBe(NOW + 1)
  })

  it('pressing the status a word has takes it back to new', () => {
    expect(applyAction(saved, 'save', { key: 'Gipfel', sense: gipfel, now: NOW })).toBeUndefined()
    expect(applyAction(saved, 'reset', { key: 'Gipfel', sense: gipfel, now: NOW })).toBeUndefined()
  })

  it('gives nouns a der/die/das card and sentences a cloze', () => {
    expect(cardKindsFor(saved)).toEqual(['meaning', 'german', 'cloze', 'article'])
    const verb: WordRecord = { ...saved, pos: 'verb', gender: undefined, source: undefined }
    expect(cardKindsFor(verb)).toEqual(['meaning', 'german'])
    expect(cardKindsFor({ ...saved, gender: 'pl' })).not.toContain('article')
  })
})

describe('sentences and clozes', () => {
  const block =
    'Als Franklin D. Roosevelt 1945 starb, war der Krieg am 15. August noch nicht vorbei. ' +
    'Es stellt sich heraus, dass beide nichts erreicht haben! Zurück bleibt Skepsis.'

  it('finds the sentence around a word, past abbreviations, initials and ordinals', () => {
    expect(sentenceAround(block, block.indexOf('Krieg'))).toBe(
      'Als Franklin D. Roosevelt 1945 starb, war der Krieg am 15. August noch nicht vorbei.',
    )
    expect(sentenceAround(block, block.indexOf('heraus'))).toBe(
      'Es stellt sich heraus, dass beide nichts erreicht haben!',
    )
    expect(sentenceAround(block, block.length - 3)).toBe('Zurück bleibt Skepsis.')
  })

  it('blanks every form of a separable verb, whole words only', () => {
    expect(clozeOf('Es stellt sich heraus, dass er herausstellt.', ['stellt', 'heraus'])).toBe(
      `Es ${CLOZE_GAP} sich ${CLOZE_GAP}, dass er herausstellt.`,
    )
    expect(clozeOf('Der Gipfelsturm', ['Gipfel'])).toBeUndefined()
    expect(clozeOf('Der Gipfel (in Alaska)', ['Gipfel'])).toBe(`Der ${CLOZE_GAP} (in Alaska)`)
    expect(clozeOf('Was kostet [a+b]?', ['[a+b]'])).toBe(`Was kostet ${CLOZE_GAP}?`)
    expect(clozeOf('Satz', [])).toBeUndefined()
  })
})

describe('scheduling', () => {
  it('a new card is due now and Good sends it further than Again', () => {
    const card = newCard('Gipfel', 'meaning', NOW)
    expect(card).toMatchObject({ id: 'Gipfel|meaning', due: NOW, reps: 0, state: 0 })
    const due = previewDue(card, NOW)
    expect(due.again).toBeLessThan(due.hard)
    expect(due.hard).toBeLessThanOrEqual(due.good)
    expect(due.good).toBeLessThan(due.easy)
    expect(due.easy - NOW).toBeGreaterThanOrEqual(DAY)
  })

  it('rating moves the due date as previewed and logs the answer', () => {
    const card = newCard('Gipfel', 'meaning', NOW)
    const { card: next, review } = rateCard(card, Rating.Easy, NOW, {
      durationMs: 2300,
      reviewId: 'r1',
    })
    expect(next.due).toBe(previewDue(card, NOW).easy)
    expect(next.reps).toBe(1)
    expect(next.lastReview).toBe(NOW)
    expect(review).toMatchObject({
      id: 'r1',
      card: 'Gipfel|meaning',
      rating: Rating.Easy,
      review: NOW,
    })
    expect(review.durationMs).toBe(2300)
  })

  it('rounds intervals to one unit', () => {
    expect(roundInterval(60_000)).toEqual({ value: 1, unit: 'minute' })
    expect(roundInterval(10 * 60_000)).toEqual({ value: 10, unit: 'minute' })
    expect(roundInterval(3 * 3_600_000)).toEqual({ value: 3, unit: 'hour' })
    expect(roundInterval(4 * DAY)).toEqual({ value: 4, unit: 'day' })
    expect(roundInterval(61 * DAY)).toEqual({ value: 2, unit: 'month' })
    expect(roundInterval(548 * DAY)).toEqual({ value: 1.5, unit: 'year' })
  })
})

describe('Anki export', () => {
  it('writes headers Anki reads and one escaped line per word being learned', () => {
    const hostile: WordRecord = {
      ...saved,
      key: 'x',
      lemma: 'Tab\tund<script>',
      gender: undefined,
      pos: 'adv',
      source: { ...source, sentence: 'Zeile\neins & zwei', forms: ['eins'] },
    }
    const known: WordRecord = { ...saved, key: 'k', status: 'known' }
    const tsv = toAnkiTsv([saved, hostile, known], 'en', labels)
    const lines = tsv.trimEnd().split('\n')
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#deck:Zweiklang',
      '#columns:German\tMeaning\tExample\tTranslation\tTags',
      '#tags column:5',
    ])
    expect(lines).toHaveLength(7)
    expect(lines[5]!.split('\t')).toEqual([
      'der Gipfel',
      'summit',
      'Der <b>Gipfel</b> in Alaska endete ohne Einigung.',
      'The summit in Alaska ended without agreement.',
      'zweiklang noun text::alaska-gipfel',
    ])
    const fields = lines[6]!.split('\t')
    expect(fields).toHaveLength(5)
    expect(fields[0]).toBe('Tab und&lt;script&gt;')
    expect(fields[2]).toBe('Zeile <b>eins</b> &amp; zwei')
  })

  it('says in the Translation field and in a tag when a machine made the English', () => {
    const machine: WordRecord = { ...saved, source: { ...source, translationBy: 'machine' } }
    const [line] = toAnkiTsv([machine], 'de', { machineTranslation: 'maschinelle <Übersetzung>' })
      .trimEnd()
      .split('\n')
      .slice(5)
    const fields = line!.split('\t')
    expect(fields[3]).toBe(
      'The summit in Alaska ended without agreement. <i>(maschinelle &lt;Übersetzung&gt;)</i>',
    )
    expect(fields[4]).toBe(`zweiklang noun text::alaska-gipfel ${MACHINE_TRANSLATION_TAG}`)
    // An English the reader wrote, or none at all, carries no mark.
    const none: WordRecord = {
      ...machine,
      source: { ...source, translation: '', translationBy: 'machine' },
    }
    expect(toAnkiTsv([saved, none], 'en', labels)).not.toMatch(/machine/u)
  })

  it('uses the interface language for the meaning', () => {
    expect(toAnkiTsv([saved], 'de', labels)).toContain('\tTreffen der Staatschefs\t')
    expect(germanWithArticle({ lemma: 'Staatschefs', pos: 'noun', gender: 'pl' })).toBe(
      'die Staatschefs',
    )
  })
})

describe('backups', () => {
  const card = newCard('Gipfel', 'meaning', NOW)
  const { card: reviewed, review } = rateCard(card, Rating.Good, NOW + DAY, {
    durationMs: 900,
    reviewId: 'r1',
  })
  const data = { words: [saved], cards: [reviewed], reviews: [review] }

  it('round-trips through its JSON text', () => {
    const text = JSON.stringify(makeBackup(data, NOW))
    expect(parseBackup(`\uFEFF${text}`)).toMatchObject(data)
  })

  it('keeps the mark of a machine-made English, and reads backups made before it', () => {
    const machine = { ...saved, source: { ...source, translationBy: 'machine' as const } }
    const text = JSON.stringify(makeBackup({ ...data, words: [machine] }, NOW))
    expect(parseBackup(text).words[0]!.source?.translationBy).toBe('machine')
    // A backup written before the mark existed has no such field: its English is unmarked.
    expect(parseBackup(JSON.stringify(makeBackup(data, NOW))).words[0]!.source).toEqual(source)
    expect(() => parseBackup(text.replace('"machine"', '"robot"'))).toThrow(
      /words\.0\.source\.translationBy/u,
    )
  })

  it('rejects a file that is not a backup, saying where', () => {
    expect(() => parseBackup('{')).toThrow(BackupError)
    expect(() => parseBackup('{"format":"other"}')).toThrow(/format/)
    const broken = makeBackup(data, NOW) as unknown as { words: Array<Record<string, unknown>> }
    broken.words[0]!.status = 'banana'
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(/words\.0\.status/)
  })

  it('merges without duplicates: the newer record wins, logs are joined', () => {
    const empty = { words: [], cards: [], reviews: [] }
    expect(planMerge(empty, data).counts).toEqual({ words: 1, cards: 1, reviews: 1 })
    expect(planMerge(data, data).counts).toEqual({ words: 0, cards: 0, reviews: 0 })
    const older = {
      words: [{ ...saved, updatedAt: NOW - 1, note: 'old' }],
      cards: [card],
      reviews: [],
    }
    expect(planMerge(data, older).counts).toEqual({ words: 0, cards: 0, reviews: 0 })
    expect(planMerge(older, data).words[0]!.note).toBe('')
    expect(planMerge(older, data).cards).toEqual([reviewed])
  })
})

describe('text progress', () => {
  it('counts running words by status and leaves ignored ones out', () => {
    const status = (key: string) =>
      (({ der: 'known', Gipfel: 'learning', Putin: 'ignored' })[key] as never) ?? 'new'
    expect(textProgress({ der: 6, Gipfel: 2, Putin: 3, Alaska: 2 }, status)).toEqual({
      known: 6,
      learning: 2,
      new: 2,
      knownShare: 0.6,
    })
    expect(textProgress({}, status).knownShare).toBe(0)
  })
})
