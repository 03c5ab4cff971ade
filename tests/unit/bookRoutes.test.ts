import { describe, expect, it } from 'vitest'
import { bookId, bookPath, isKnownPage } from '@/lib/routes'

const ID = '07691111-09cf-4d78-91f2-38611185aba2'

describe('a book’s address', () => {
  it('holds its id, read back from the path', () => {
    expect(bookPath('de', ID)).toBe(`/de/book/${ID}`)
    expect(bookId(bookPath('de', ID))).toBe(ID)
  })

  it('is a page only with a well-formed id, and the one page behind them all is one too', () => {
    expect(isKnownPage(`/en/book/${ID}`, [])).toBe(true)
    expect(isKnownPage('/en/book', [])).toBe(true)
    expect(isKnownPage('/en/book/not-an-id', [])).toBe(false)
    expect(isKnownPage(`/en/book/${ID}/more`, [])).toBe(false)
    expect(bookId(`/en/mine/${ID}`)).toBeUndefined()
  })
})
