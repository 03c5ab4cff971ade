import { testOnOwnServer as test, expect } from './fixtures'
import { expectGone, workerInControl } from './offlineServer'
import { redeploy } from './redeploy'

// The test restarts the server on a new deployment under the page: it runs on its own server.
// It starts a server (twice) and the service worker downloads the whole build (twice).
test.describe.configure({ timeout: 180_000 })

/** Where the new deployment goes, beside the build in use (tsconfig lists its types). */
const NEXT_BUILD = '.next-update'

test('a new deployment reaches a reader without mixing the two versions', async ({
  page,
  server,
  reader,
}) => {
  const footer = page.getByRole('contentinfo')
  const notice = page.getByText('A new version of Zweiklang is ready.')
  await page.goto('/en/read/samstag-markt')
  const [oldCache] = (await workerInControl(page)).split(' ')
  const oldVersion = (await footer.textContent())!
  // A file of this build that the next one will not have: one under `_next/static/<id>/`
  // (files under `media/`, such as the book worker's, are named by their content alone).
  const oldFile = await page.evaluate(async (cacheName) => {
    const id = cacheName!.replace(/^zk-/u, '')
    const keys = await (await caches.open(cacheName!)).keys()
    return new URL(keys.find((request) => request.url.includes(`/_next/static/${id}/`))!.url)
      .pathname
  }, oldCache)

  const newId = await redeploy(NEXT_BUILD)
  await server.restart({ ZK_DIST_DIR: NEXT_BUILD })
  expect((await fetch(`${server.origin}${oldFile}`)).status).toBe(404)

  // The page of the old version still gets its own files, from its worker's cache.
  expect(await page.evaluate(async (file) => (await fetch(file)).status, oldFile)).toBe(200)

  // Opening a page gets the new version from the network, and the new worker waits.
  await page.reload()
  await expect(footer).toHaveText(`Version ${newId}`)
  await expect(footer).not.toHaveText(oldVersion)
  const update = page.getByRole('button', { name: 'Reload to update' })
  // The new worker first downloads every file of its build.
  await expect(notice).toBeVisible({ timeout: 60_000 })
  // The new worker takes over and the page reloads itself onto it.
  await Promise.all([page.waitForEvent('load'), update.click()])
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).join(' ')), { timeout: 30_000 })
    .toBe(`zk-${newId}`)
  expect(oldCache).not.toBe(`zk-${newId}`)
  await expect(notice).toHaveCount(0)

  // And the new version works with no server, from its own files only.
  server.stop()
  await expectGone(server.origin)
  await page.goto('/en/read/samstag-markt')
  await expect(footer).toHaveText(`Version ${newId}`)
  await expect(reader.title).toHaveText('Samstag auf dem Markt')
})
