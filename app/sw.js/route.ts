import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { appIcons } from '@/lib/offline/icons'
import { precacheList } from '@/lib/offline/precache'

// Written once per build: the worker, with this build's id and the files it precaches.
export const dynamic = 'force-static'

function staticFiles(): string[] {
  const root = path.join(process.cwd(), process.env.ZK_DIST_DIR || '.next', 'static')
  const files = readdirSync(/*turbopackIgnore: true*/ root, {
    recursive: true,
    withFileTypes: true,
  })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
  if (files.length === 0) throw new Error(`sw.js: no build files in ${root}`)
  return files
}

export function GET() {
  const worker = readFileSync(
    /*turbopackIgnore: true*/ path.join(process.cwd(), 'lib/offline/serviceWorker.js'),
    'utf8',
  )
  const config = [
    `const VERSION = ${JSON.stringify(process.env.ZK_BUILD_ID)}`,
    `const PRECACHE = ${JSON.stringify(
      precacheList(
        staticFiles(),
        appIcons.map((icon) => icon.src),
      ),
    )}`,
  ].join('\n')
  return new Response(`${config}\n${worker}`, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      // Browsers check a worker for updates on navigation; nothing may answer for the server.
      'cache-control': 'no-cache',
    },
  })
}
