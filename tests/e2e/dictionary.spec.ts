import { expect, test } from './fixtures'

test.describe('the dictionary lookup route', () => {
  test('answers the entries and forms for exactly the words asked', async ({ request }) => {
    const response = await request.get('/api/dictionary?w=Häuser,ging,Bundesverfassungsgericht')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/json')
    expect(response.headers()['cache-control']).toBe('public, max-age=86400')
    // Compressed in the lookup thread for a client that takes it, as a browser does.
    expect(response.headers()['content-encoding']).toBe('gzip')
    type Entry = [string, string, string, string, string[]]
    const body = (await response.json()) as {
      entries: Entry[]
      // Entries of words the curated vocabulary glosses (Haus), cut to their first gloss.
      glossed: Entry[]
      forms: Record<string, string[]>
    }
    const entries = [...body.entries, ...body.glossed]
    const lemmas = entries.map((entry) => entry[0])
    expect(lemmas).toEqual(expect.arrayContaining(['Haus', 'gehen', 'Bundesverfassungsgericht']))
    expect(body.forms.ging).toEqual(['gehen'])
    expect(entries.find((entry) => entry[0] === 'Haus')).toEqual(
      expect.arrayContaining(['noun', 'n', 'Häuser']),
    )
    // A part of the index, not the index: a few hundred entries at most.
    expect(entries.length).toBeLessThan(400)
  })

  test('refuses what is not a list of words, saying why', async ({ request }) => {
    const none = await request.get('/api/dictionary')
    expect(none.status()).toBe(400)
    expect(await none.json()).toEqual({ error: 'no words: ask with ?w=word,word' })
    const hostile = await request.get('/api/dictionary?w=<script>alert(1)</script>')
    expect(hostile.status()).toBe(400)
    expect((await hostile.json()).error).toMatch(/^not a word/)
    const many = Array.from(
      { length: 401 },
      (_, i) => `Wort${String.fromCharCode(97 + (i % 26))}${i}`,
    )
    const tooMany = await request.get(`/api/dictionary?w=${many.join(',')}`)
    expect(tooMany.status()).toBe(400)
  })
})
