import type { HealthResponse } from '../protocol'
import { syncStore } from './openStore'

export async function checkHealth(open = syncStore): Promise<Response> {
  const headers = { 'cache-control': 'no-store' }
  try {
    const store = await open()
    await store.check()
    return Response.json({ ok: true, store: store.kind } satisfies HealthResponse, { headers })
  } catch (error) {
    console.error(`sync: health check failed: ${String(error)}`)
    const store = process.env.DATABASE_URL ? 'postgres' : 'embedded'
    return Response.json({ ok: false, store } satisfies HealthResponse, { status: 503, headers })
  }
}
