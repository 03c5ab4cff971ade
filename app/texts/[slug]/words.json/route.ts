import { getText, getTextSlugs } from '@/lib/content/load'
import { getTextWords } from '@/lib/learning/load'

// Built once per text at build time: the reader fetches it when a word is saved, the library
// for its progress figures.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getTextSlugs().map((slug) => ({ slug }))
}

export async function GET(_request: Request, { params }: RouteContext<'/texts/[slug]/words.json'>) {
  const { slug } = await params
  const text = getText(slug)
  if (!text) return new Response('Not found', { status: 404 })
  return Response.json(getTextWords(text))
}
