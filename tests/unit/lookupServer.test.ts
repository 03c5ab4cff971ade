import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lookupPath } from '@/lib/analysis/lookup'
import { lookupAnswers } from '@/lib/analysis/lookupAnswer'
import { lookupReplies } from '@/lib/analysis/lookupThreads/answer'
import { contentCoding, LOOKUP_PATH, lookupHandler } from '@/lib/analysis/lookupThreads/serve'
import { serverIndexes, serverSources } from '@/lib/analysis/serverSources'
import { getLexiconFromFile } from '@/lib/vocabulary/load'
import { realTexts, sampleLookups } from '@/scripts/lib/lookupSamples'
import { securityHeaders } from '@/server/securityHeaders.cjs'

/** Requests of the load test's kind: 400 distinct words of a real text each. */
const SAMPLES = 12

// The handler the server runs, with the lookup threads' work done in this process.
const answer = lookupAnswers(serverSources(getLexiconFromFile('en')), serverIndexes())
const siteHeaders = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]))
const server = createServer(lookupHandler(lookupReplies(answer.bytes), siteHeaders))
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** The raw answer to a request: status, headers and body bytes as sent. */
function ask(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        )
      })
      sent.on('error', reject)
      sent.end()
    },
  )
}

const expectSiteHeaders = (headers: IncomingHttpHeaders) => {
  for (const { key, value } of securityHeaders) expect(headers[key.toLowerCase()]).toBe(value)
}

describe('the lookup route, answered before Next', () => {
  it('is where the browser asks', () => {
    expect(lookupPath(['Haus']).startsWith(`${LOOKUP_PATH}?`)).toBe(true)
  })

  it('answers real requests byte for byte as lookupAnswers writes them, with the route’s headers', async () => {
    for (const words of sampleLookups(realTexts(), SAMPLES)) {
      const { status, headers, body } = await ask(lookupPath(words))
      expect(status).toBe(200)
      expect(body.equals(Buffer.from(answer(words)))).toBe(true)
      expect(headers['content-type']).toBe('application/json')
      expect(headers['cache-control']).toBe('public, max-age=86400')
      expect(headers['content-encoding']).toBeUndefined()
      expectSiteHeaders(headers)
    }
  })

  it('gzips the answer for a client that takes gzip, the same JSON inside', async () => {
    const [words = []] = sampleLookups(realTexts(), 1)
    const { headers, body } = await ask(lookupPath(words), {
      'accept-encoding': 'gzip, deflate, br, zstd',
    })
    expect(headers['content-encoding']).toBe('gzip')
    expect(headers.vary).toMatch(/, Accept-Encoding$/u)
    expect(gunzipSync(body).toString()).toBe(answer(words))
  })

  it('refuses what is not a list of words, saying why, as a 400', async () => {
    const refused = async (path: string) => {
      const { status, headers, body } = await ask(path)
      expect(status).toBe(400)
      expect(headers['content-type']).toBe('application/json')
      expectSiteHeaders(headers)
      return JSON.parse(body.toString()) as { error: string }
    }
    expect(await refused(LOOKUP_PATH)).toEqual({ error: 'no words: ask with ?w=word,word' })
    expect(await refused(`${LOOKUP_PATH}?w=`)).toEqual({ error: 'no words: ask with ?w=word,word' })
    expect(await refused(`${LOOKUP_PATH}?w=%3Cscript%3E`)).toEqual({
      error: 'not a word: "<script>"',
    })
    // Distinct words: Worta, Wortb, … Wortba, …
    const many = Array.from(
      { length: 801 },
      (_, i) =>
        `Wort${[...i.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`,
    )
    expect(await refused(lookupPath(many))).toEqual({
      error: 'too many words: at most 800 per request',
    })
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await ask(lookupPath(['Haus']), {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    const post = await ask(lookupPath(['Haus']), {}, 'POST')
    expect(post.status).toBe(405)
    const options = await ask(lookupPath(['Haus']), {}, 'OPTIONS')
    expect(options.status).toBe(204)
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS')
  })
})

describe('the coding of a lookup', () => {
  it('reads Accept-Encoding as Next’s compression did: gzip where acceptable, else deflate', () => {
    expect(contentCoding('gzip, deflate, br, zstd')).toBe('gzip')
    expect(contentCoding('br;q=1.0, GZIP;q=0.5')).toBe('gzip')
    expect(contentCoding('deflate, gzip;q=0.5')).toBe('gzip')
    expect(contentCoding('*')).toBe('gzip')
    expect(contentCoding('deflate, br')).toBe('deflate')
    expect(contentCoding('gzip;q=0')).toBe('identity')
    expect(contentCoding('identity, gzip;q=0.5')).toBe('identity')
    expect(contentCoding('br')).toBe('identity')
    expect(contentCoding(undefined)).toBe('identity')
  })
})
