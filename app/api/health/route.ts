import { checkHealth } from '@/lib/sync/server/health'

export const dynamic = 'force-dynamic'

/** 200 when this instance and its sync store answer, 503 otherwise: for load balancers. */
export function GET() {
  return checkHealth()
}
