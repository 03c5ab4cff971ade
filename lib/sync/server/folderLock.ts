import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const LOCK_FILE = 'server.lock'

/**
 * Claims a data folder for this process: the embedded store serves one server process, and
 * two would corrupt it. The lock file holds the owner's pid; a lock whose process is gone
 * (a crash, a kill) is stale and taken over. Released when the process exits.
 */
export function lockFolder(dir: string, pid = process.pid): () => void {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, LOCK_FILE)
  for (;;) {
    try {
      writeFileSync(file, String(pid), { flag: 'wx' })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number.parseInt(readOwner(file), 10)
    if (Number.isInteger(owner) && owner !== pid && isRunning(owner))
      throw new Error(
        `The sync data folder ${dir} is in use by the server process ${owner}. The embedded ` +
          'store serves one process: stop the other server, give this one its own folder ' +
          '(ZK_SYNC_DIR), or use PostgreSQL (DATABASE_URL) for several instances.',
      )
    // Stale (or our own from before a restart in the same process): take it over.
    rmSync(file, { force: true })
  }
  const release = () => {
    if (readOwner(file) === String(pid)) rmSync(file, { force: true })
  }
  process.once('exit', release)
  return () => {
    process.off('exit', release)
    release()
  }
}

function readOwner(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return ''
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
