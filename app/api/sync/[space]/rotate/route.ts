import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

/** Ends the space after its records moved to the new key's space. */
export async function POST(request: Request, { params }: { params: Promise<{ space: string }> }) {
  return handleSync(processSyncServer, 'rotate', request, await params)
}
