import { describe, expect, it } from 'vitest'
import {
  deriveSpaceKeys,
  generateSyncKey,
  joinLink,
  keyFromFragment,
  keyToWords,
  KeyInputError,
  parseKeyInput,
  recordId,
} from '@/lib/sync/keys'
import { bucketSize, open, seal, UnreadableRecordError } from '@/lib/sync/seal'
import { formatStamp, receive, tick } from '@/lib/sync/hlc'
import type { Envelope } from '@/lib/sync/envelope'
import { deviceLabel } from '@/lib/sync/deviceLabel'

const word: Envelope = {
  t: 'words',
  k: 'Gipfel',
  g: { note: { h: '0000000000001-000000-dev', v: 1, d: 'Bergspitze, nicht Treffen' } },
}

describe('the sync key', () => {
  it('derives the same space, token and record ids from the same key, and others from another', async () => {
    const key = generateSyncKey()
    const [a, b, other] = await Promise.all([
      deriveSpaceKeys(key),
      deriveSpaceKeys(new Uint8Array(key)),
      deriveSpaceKeys(generateSyncKey()),
    ])
    expect(a.spaceId).toMatch(/^[0-9a-f]{32}$/)
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect([a.spaceId, a.token]).toEqual([b.spaceId, b.token])
    expect(other.spaceId).not.toBe(a.spaceId)
    const id = await recordId(a, 'words', 'Gipfel')
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(id).not.toContain('Gipfel')
    expect(await recordId(b, 'words', 'Gipfel')).toBe(id)
    expect(await recordId(a, 'cards', 'Gipfel')).not.toBe(id)
    expect(await recordId(other, 'words', 'Gipfel')).not.toBe(id)
  })

  it('reads back its 24 words in any case and spacing, and catches a wrong word', () => {
    const key = generateSyncKey()
    const words = keyToWords(key)
    expect(words).toHaveLength(24)
    expect(parseKeyInput(`  ${words.join('\n').toUpperCase()} `)).toEqual(key)
    const swapped = [...words]
    ;[swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!]
    const problems = [
      () => parseKeyInput(''),
      () => parseKeyInput(words.slice(1).join(' ')),
      () => parseKeyInput([...words.slice(1), 'gipfel'].join(' ')),
    ]
    expect(problems.map((read) => catchProblem(read))).toEqual([
      'empty',
      'wordCount',
      'unknownWord',
    ])
    // A swap leaves every word valid; the checksum catches it unless the two are equal.
    if (words[3] !== words[4])
      expect(catchProblem(() => parseKeyInput(swapped.join(' ')))).toBe('checksum')
  })

  it('travels in a join link’s fragment', () => {
    const key = generateSyncKey()
    const link = joinLink('https://zweiklang.example', 'de', key)
    expect(link).toMatch(/^https:\/\/zweiklang\.example\/de\/sync#key=[A-Za-z0-9_-]{43}$/)
    expect(keyFromFragment(new URL(link).hash)).toEqual(key)
    expect(parseKeyInput(link)).toEqual(key)
    expect(keyFromFragment('#key=short')).toBeUndefined()
  })
})

function catchProblem(read: () => unknown): string {
  try {
    read()
    return 'none'
  } catch (error) {
    return error instanceof KeyInputError ? error.problem : 'other'
  }
}

describe('sealed records', () => {
  it('opens what it sealed; another key, another id or a changed byte cannot', async () => {
    const keys = await deriveSpaceKeys(generateSyncKey())
    const other = await deriveSpaceKeys(generateSyncKey())
    const body = await seal(keys.encryption, 'id-1', word)
    expect(body).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(await open(keys.encryption, 'id-1', body)).toEqual(word)
    await expect(open(other.encryption, 'id-1', body)).rejects.toThrow(UnreadableRecordError)
    await expect(open(keys.encryption, 'id-2', body)).rejects.toThrow(UnreadableRecordError)
    const flipped = (body[20] === 'A' ? 'B' : 'A') + ''
    await expect(
      open(keys.encryption, 'id-1', body.slice(0, 20) + flipped + body.slice(21)),
    ).rejects.toThrow(UnreadableRecordError)
  })

  it('pads to size classes: a short and a longer note look the same size', async () => {
    const keys = await deriveSpaceKeys(generateSyncKey())
    const short = await seal(keys.encryption, 'id', word)
    const longer = await seal(keys.encryption, 'id', {
      ...word,
      g: { note: { ...word.g.note!, d: 'Bergspitze; auch: ein Treffen der Staatschefs' } },
    })
    expect(short.length).toBe(longer.length)
    expect([bucketSize(1), bucketSize(513), bucketSize(70_000)]).toEqual([512, 1024, 131_072])
  })
})

describe('the hybrid logical clock', () => {
  it('moves forward past local time and every stamp it has seen', () => {
    const first = tick({ wall: 0, counter: 0 }, 1000)
    expect(first).toEqual({ wall: 1000, counter: 0 })
    expect(tick(first, 900)).toEqual({ wall: 1000, counter: 1 })
    expect(receive(first, { wall: 2000, counter: 5 }, 1000)).toEqual({ wall: 2000, counter: 6 })
    expect(
      formatStamp({ wall: 2000, counter: 6 }, 'dev') <
        formatStamp({ wall: 10_000, counter: 0 }, 'dev'),
    ).toBe(true)
  })

  it('does not follow a clock a day or more ahead', () => {
    expect(receive({ wall: 1000, counter: 0 }, { wall: 1e15, counter: 0 }, 1000).wall).toBe(1000)
  })
})

describe('a device’s label', () => {
  it('names the browser and the system, and nothing more', () => {
    expect(
      deviceLabel(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android')
    expect(
      deviceLabel(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5; rv:131.0) Gecko/20100101 Firefox/131.0',
      ),
    ).toBe('Firefox on macOS')
    expect(deviceLabel('curl/8.0')).toBeUndefined()
  })
})
