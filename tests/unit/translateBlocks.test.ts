import { describe, expect, it } from 'vitest'
import {
  piecesWithinQuota,
  QuotaTooSmallError,
  translateBlocks,
  type QuotaTranslator,
} from '@/lib/translation/translateBlocks'

/** A stand-in of the spec's shape: usage is the character count, translation tags the input. */
function standIn(inputQuota: number, calls: string[] = []): QuotaTranslator {
  return {
    inputQuota,
    measureInputUsage: (input) => Promise.resolve(input.length),
    translate(input) {
      calls.push(input)
      if (input.length > inputQuota)
        return Promise.reject(new DOMException('over the quota', 'QuotaExceededError'))
      return Promise.resolve(`[${input}]`)
    },
  }
}

describe('translating blocks on the device', () => {
  it('translates each block and hands it over at once', async () => {
    const got: [number, string][] = []
    await translateBlocks({
      blocks: ['Guten Morgen.', 'Wie geht es?'],
      translator: standIn(1000),
      onBlock: (index, text) => void got.push([index, text]),
    })
    expect(got).toEqual([
      [0, '[Guten Morgen.]'],
      [1, '[Wie geht es?]'],
    ])
  })

  it('a block over the quota is translated sentence by sentence', async () => {
    const calls: string[] = []
    const got: string[] = []
    await translateBlocks({
      blocks: ['Der Hund bellt. Die Katze schläft. Es regnet.'],
      translator: standIn(34, calls),
      onBlock: (_, text) => void got.push(text),
    })
    expect(got).toEqual(['[Der Hund bellt. Die Katze schläft.] [Es regnet.]'])
  })

  it('resumes where a stopped run stopped, and stops when aborted', async () => {
    const calls: string[] = []
    await translateBlocks({
      blocks: ['Eins.', 'Zwei.', 'Drei.'],
      done: ['[Eins.]', undefined, undefined],
      translator: standIn(100, calls),
      onBlock: () => {},
    })
    expect(calls).toEqual(['Zwei.', 'Drei.'])

    const controller = new AbortController()
    const run = translateBlocks({
      blocks: ['Eins.', 'Zwei.'],
      translator: standIn(100),
      signal: controller.signal,
      onBlock: () => controller.abort(),
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('a sentence over the quota is cut at commas, then at spaces; a single word over it is an error', async () => {
    expect(
      await piecesWithinQuota('Als er kam, ging sie, und alle schwiegen', standIn(12)),
    ).toEqual(['Als er kam,', 'ging sie,', 'und alle', 'schwiegen'])
    await expect(piecesWithinQuota('Donaudampfschifffahrt', standIn(5))).rejects.toBeInstanceOf(
      QuotaTooSmallError,
    )
  })
})
