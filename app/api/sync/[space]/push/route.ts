import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

/** Stores encrypted records; answers the space's newest cursor. */
export async function POST(request: Request, { params }: { params: Promise<{ space: string }> }) {
  return handleSync(processSyncServer, 'push', request, await params)
}
