// npm run sync:restored: run once after the sync store was restored from a backup, with the
// same DATABASE_URL or ZK_SYNC_DIR as the server, before the server starts (docs/sync.md).
import { openStoreFromEnv } from '../lib/sync/server/openStore'

const store = await openStoreFromEnv()
try {
  await store.markRestored()
  console.log('sync: marked as restored; devices that saw newer records will resync')
} finally {
  await store.close()
}
