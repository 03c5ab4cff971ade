import { handleSync } from '@/lib/sync/server/handleSync'
import { processSyncServer } from '@/lib/sync/server/openStore'

export const dynamic = 'force-dynamic'

interface Context {
  params: Promise<{ space: string; device: string }>
}

/** Sets the device's encrypted label. */
export async function PUT(request: Request, { params }: Context) {
  return handleSync(processSyncServer, 'label', request, await params)
}

/** The device leaves the space. */
export async function DELETE(request: Request, { params }: Context) {
  return handleSync(processSyncServer, 'leave', request, await params)
}
