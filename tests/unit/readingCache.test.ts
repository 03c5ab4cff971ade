import { describe, expect, it } from 'vitest'
import { ReadingCache } from '@/lib/analysis/worker/readingCache'

describe('the analysis worker’s cache of readings', () => {
  it('makes a reading once per key, keeps the last few used, and forgets failures', async () => {
    const cache = new ReadingCache<string>(2)
    let made = 0
    const make = (value: string) => () => {
      made++
      return Promise.resolve(value)
    }
    expect(await cache.get('a', make('A'))).toBe('A')
    expect(await cache.get('a', make('other'))).toBe('A')
    await cache.get('b', make('B'))
    // "a" was used after "b" came: "b" is the oldest when "c" arrives.
    await cache.get('a', make('other'))
    await cache.get('c', make('C'))
    expect(await cache.get('a', make('other'))).toBe('A')
    expect(await cache.get('b', make('B again'))).toBe('B again')
    expect(made).toBe(4)

    await expect(cache.get('d', () => Promise.reject(new Error('offline')))).rejects.toThrow()
    expect(await cache.get('d', make('D'))).toBe('D')
  })
})
