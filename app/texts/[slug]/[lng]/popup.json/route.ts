import { getReaderVocabulary } from '@/components/reader/readerVocabulary'
import { languages } from '@/i18n/settings'
import { getText, getTextSlugs } from '@/lib/content/load'

// Built once per text and language at build time: what the reader's popup shows for each
// word, and which entry each word span stands for. The page fetches it: inside the page it
// travelled in the HTML, the references twice (span attributes and React payload).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getTextSlugs().flatMap((slug) => languages.map((lng) => ({ slug, lng })))
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/texts/[slug]/[lng]/popup.json'>,
) {
  const { slug, lng } = await params
  const text = getText(slug)
  if (!text) return new Response('Not found', { status: 404 })
  return Response.json((await getReaderVocabulary(text, lng)).data)
}
