import { describe, expect, it } from 'vitest'
import { ByteWriter, joinedBytes } from '@/lib/analysis/byteWriter'

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8')

describe('the byte writer of lookup answers', () => {
  it('writes numbers as decimals and members with commas between them', () => {
    const writer = new ByteWriter()
    for (const value of [0, 7, 10, 99, 100, 4_095, 1_000_000, 2 ** 31 - 1])
      writer.member(Buffer.from('n:')).number(value)
    expect(text(writer.written())).toBe('n:0,n:7,n:10,n:99,n:100,n:4095,n:1000000,n:2147483647')
    writer.reset().member(Buffer.from('"Öl"'))
    expect(text(writer.written())).toBe('"Öl"')
  })

  it('grows past its first buffer and keeps what it wrote', () => {
    const writer = new ByteWriter()
    const part = Buffer.from('x'.repeat(1000))
    for (let i = 0; i < 200; i++) writer.add(part).number(i)
    const expected = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(1000)}${i}`).join('')
    expect(text(writer.written())).toBe(expected)
  })

  it('joins parts into a buffer that owns its memory, so a thread can transfer it', () => {
    const joined = joinedBytes([
      Buffer.from('{"a":'),
      new ByteWriter().number(12).written(),
      Buffer.from('}'),
    ])
    expect(joined.toString('utf8')).toBe('{"a":12}')
    expect(joined.byteOffset).toBe(0)
    expect(joined.buffer.byteLength).toBe(joined.length)
  })
})
