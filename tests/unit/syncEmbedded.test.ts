import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LOCK_FILE, lockFolder } from '@/lib/sync/server/folderLock'
import { hashToken } from '@/lib/sync/server/handleSync'
import { openStoreFromEnv } from '@/lib/sync/server/openStore'
import { body, DATABASE_START_MS, newSpace, recordId } from './syncTestStores'

const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zk-sync-'))
  folders.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

/** A process that runs until killed, standing for another server. */
async function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('spawn', resolve))
  return child
}

describe('the embedded store’s data folder', () => {
  it('is refused to a second process while the first runs, and taken over once it is gone', async () => {
    const dir = folder()
    const other = await otherProcess()
    try {
      lockFolder(dir, other.pid)
      expect(() => lockFolder(dir)).toThrow(
        new RegExp(`in use by the server process ${other.pid}.*ZK_SYNC_DIR.*DATABASE_URL`, 'u'),
      )
      // The other process dies without cleaning up: its lock is stale.
      other.kill('SIGKILL')
      await new Promise((resolve) => other.once('exit', resolve))
      const release = lockFolder(dir)
      expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid))
      release()
    } finally {
      other.kill('SIGKILL')
    }
  })

  it(
    'keeps what was pushed across a restart, and refuses to open while another server holds it',
    async () => {
      const dir = folder()
      const { space, token } = newSpace()
      const record = { id: recordId(), body: body() }
      const first = await openStoreFromEnv({ ZK_SYNC_DIR: dir })
      await first.createSpace(space, hashToken(token), Date.now())
      await first.push(space, [record], Date.now())
      await first.close()

      const other = await otherProcess()
      try {
        writeFileSync(path.join(dir, LOCK_FILE), String(other.pid))
        await expect(openStoreFromEnv({ ZK_SYNC_DIR: dir })).rejects.toThrow(/in use/u)
      } finally {
        other.kill('SIGKILL')
        await new Promise((resolve) => other.once('exit', resolve))
      }

      const again = await openStoreFromEnv({ ZK_SYNC_DIR: dir })
      try {
        expect((await again.pull(space, 0, 10)).records).toEqual([
          { ...record, deleted: false, seq: 1 },
        ])
      } finally {
        await again.close()
      }
    },
    DATABASE_START_MS,
  )
})
