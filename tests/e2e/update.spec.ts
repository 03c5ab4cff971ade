import { spawn } from 'node:child_process'
import { test, expect } from './fixtures'
import { answers, ownServer, pageOn, workerInControl } from './offlineServer'

const PORT = 3296
const NEXT_BUILD = '.next-update'

/** A second build of the same code, into its own directory: a new deployment. */
function buildAgain(buildId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn('npx', ['next', 'build'], {
      stdio: 'ignore',
      env: { ...process.env, ZK_DIST_DIR: NEXT_BUILD, ZK_BUILD_ID: buildId },
    })
    build.on('error', reject)
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build: ${code}`))))
  })
}

test('a new deployment reaches a reader without mixing the two versions', async ({ browser }) => {
  test.setTimeout(480_000)
  let server = await ownServer(PORT)
  const { context, page, errors } = await pageOn(browser, server.origin)
  const footer = page.getByRole('contentinfo')
  try {
    await page.goto('/en/read/samstag-markt')
    const [oldCache] = (await workerInControl(page)).split(' ')
    const oldVersion = (await footer.textContent())!
    // A file of this build that the next one will not have.
    const oldFile = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]!)
      const keys = await cache.keys()
      return new URL(
        keys.find((request) => /\/_next\/static\/(?!chunks\/)/u.test(request.url))!.url,
      ).pathname
    })

    const newId = `update-${Date.now().toString(36)}`
    await buildAgain(newId)
    server.stop()
    server = await ownServer(PORT, { ZK_DIST_DIR: NEXT_BUILD })
    expect((await fetch(`${server.origin}${oldFile}`)).status).toBe(404)

    // The page of the old version still gets its own files, from its worker's cache.
    expect(await page.evaluate(async (file) => (await fetch(file)).status, oldFile)).toBe(200)

    // Opening a page gets the new version from the network, and the new worker waits.
    await page.reload()
    await expect(footer).toHaveText(`Version ${newId}`)
    await expect(footer).not.toHaveText(oldVersion)
    const update = page.getByRole('button', { name: 'Reload to update' })
    await expect(page.getByText('A new version of Zweiklang is ready.')).toBeVisible({
      timeout: 30_000,
    })
    // The new worker takes over and the page reloads itself onto it.
    await Promise.all([page.waitForEvent('load'), update.click()])
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).join(' ')), { timeout: 30_000 })
      .toBe(`zk-${newId}`)
    expect(oldCache).not.toBe(`zk-${newId}`)
    await expect(page.getByText('A new version of Zweiklang is ready.')).toHaveCount(0)

    // And the new version works with no server, from its own files only.
    server.stop()
    await expect.poll(() => answers(server.origin), { timeout: 15_000 }).toBe(false)
    await page.goto('/en/read/samstag-markt')
    await expect(footer).toHaveText(`Version ${newId}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samstag auf dem Markt')
    expect(errors).toEqual([])
  } finally {
    server.stop()
    await context.close()
  }
})
