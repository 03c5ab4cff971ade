import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * A new deployment of the same code: `.next` copied to `to` under a new build id, in a
 * second or two, where building again (`next build` with ZK_DIST_DIR and ZK_BUILD_ID) took
 * over a minute of both cores. With the code unchanged, the build id is what tells two
 * deployments apart: the footer's version, the worker's cache name and precache list, the
 * `_next/static/<id>/` files, the pages' data. So the id is written anew wherever the build
 * wrote it (at the same length: no offset in a file moves), and its directory renamed.
 * One difference from a real build: a chunk whose code names the id keeps its file name.
 * Pages ask for chunks through the worker, which answers each version from its own cache,
 * and the update test's file that only the old version has is one of `_next/static/<id>/`.
 */
export async function redeploy(to: string, from = '.next'): Promise<string> {
  const oldId = (await readFile(path.join(from, 'BUILD_ID'), 'utf8')).trim()
  // A short id (ZK_BUILD_ID=dev) could also stand for something else in the build's files.
  if (!/^[0-9a-z]{8,}$/u.test(oldId)) {
    throw new Error(`build id "${oldId}" is not a generated one: build without ZK_BUILD_ID`)
  }
  const newId = newIdLike(oldId)
  await rm(to, { recursive: true, force: true })
  await cp(from, to, {
    recursive: true,
    // Not the build's: Turbopack's cache, and what `next start` caches while it serves.
    filter: (source) =>
      ![path.join(from, 'cache'), path.join(from, 'server', 'route-cache')].includes(source),
  })
  await rename(path.join(to, 'static', oldId), path.join(to, 'static', newId))
  const from_ = Buffer.from(oldId)
  const to_ = Buffer.from(newId)
  for (const file of await filesUnder(to)) {
    const content = await readFile(file)
    if (content.includes(from_)) await writeFile(file, replaceAll(content, from_, to_))
  }
  return newId
}

/** Another id of the same length and alphabet, made of the time as `next.config.js` does. */
function newIdLike(oldId: string): string {
  for (let tick = Date.now(); ; tick++) {
    const id = tick.toString(36).padStart(oldId.length, '0').slice(-oldId.length)
    if (id !== oldId) return id
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function replaceAll(content: Buffer, from: Buffer, to: Buffer): Buffer {
  const parts: Buffer[] = []
  let start = 0
  for (let at = content.indexOf(from); at !== -1; at = content.indexOf(from, start)) {
    parts.push(content.subarray(start, at), to)
    start = at + from.length
  }
  parts.push(content.subarray(start))
  return Buffer.concat(parts)
}
