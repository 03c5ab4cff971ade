import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

/** The records after a cursor, in bounded pages. */
export async function GET(request: Request, { params }: { params: Promise<{ space: string }> }) {
  return handleSync(processSyncServer, 'pull', request, await params)
}
