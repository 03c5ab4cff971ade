import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

interface Context {
  params: Promise<{ space: string }>
}

/** Creates the space (idempotent with the same token). See lib/sync/protocol.ts. */
export async function PUT(request: Request, { params }: Context) {
  return handleSync(processSyncServer, 'create', request, await params)
}

/** Deletes everything of the space. */
export async function DELETE(request: Request, { params }: Context) {
  return handleSync(processSyncServer, 'delete', request, await params)
}
