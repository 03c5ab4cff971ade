import { getCuratedVocabulary } from '@/lib/vocabulary/load'

// Built once: imported texts are matched in the browser against the curated entries first.
export const dynamic = 'force-static'

export function GET() {
  return Response.json(getCuratedVocabulary())
}
