import { isLookupWord, MAX_LOOKUP_WORDS } from '@/lib/analysis/lookup'
import { lookupThreads } from '@/lib/analysis/lookupThreads/pool'

/**
 * GET /api/dictionary?w=Häuser,ging,stellt: exactly the part of the dictionary that the
 * analysis engine needs for these words, so that the browser can analyse a text without
 * downloading the whole dictionary. The answer depends only on the words: it may be cached.
 * It is built by the server's lookup threads (lookupAnswers, off the main thread).
 */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get('w') ?? ''
  const words = [...new Set(raw.split(',').map((word) => word.normalize('NFC').trim()))].filter(
    Boolean,
  )
  if (words.length === 0)
    return Response.json({ error: 'no words: ask with ?w=word,word' }, { status: 400 })
  if (words.length > MAX_LOOKUP_WORDS)
    return Response.json(
      { error: `too many words: at most ${MAX_LOOKUP_WORDS} per request` },
      { status: 400 },
    )
  const bad = words.find((word) => !isLookupWord(word))
  if (bad !== undefined)
    return Response.json(
      { error: `not a word: ${JSON.stringify(bad.slice(0, 80))}` },
      { status: 400 },
    )
  return new Response(await lookupThreads().answer(words), {
    headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' },
  })
}
