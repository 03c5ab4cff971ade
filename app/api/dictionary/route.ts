import { lookupThreads } from '@/lib/analysis/lookupThreads/pool'

/**
 * GET /api/dictionary?w=Häuser,ging,stellt: exactly the part of the dictionary that the
 * analysis engine needs for these words, so that the browser can analyse a text without
 * downloading the whole dictionary. The answer depends only on the words: it may be cached.
 * The query goes to the server's lookup threads as it came (they read the words, see
 * lookupWords, and build the answer, see lookupAnswers): off the main thread.
 */
export async function GET(request: Request) {
  const { url } = request
  const queryStart = url.indexOf('?')
  const reply = await lookupThreads().answer(queryStart < 0 ? '' : url.slice(queryStart + 1))
  if ('refused' in reply) return Response.json({ error: reply.refused }, { status: 400 })
  return new Response(reply.body, {
    headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=86400' },
  })
}
