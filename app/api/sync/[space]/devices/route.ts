import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

/** The space's devices, with their encrypted labels and last visits. */
export async function GET(request: Request, { params }: { params: Promise<{ space: string }> }) {
  return handleSync(processSyncServer, 'devices', request, await params)
}
