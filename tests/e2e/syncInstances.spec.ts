import { expect, test } from './fixtures'
import { readLearning, savedWord, seedLearning } from './learningData'
import { SyncPage } from './pages/SyncPage'
import { WordsPage } from './pages/WordsPage'
import { freshDatabase, startSyncServer, type SyncServer } from './syncServer'

test.skip(
  !process.env.TEST_DATABASE_URL,
  'two instances need a PostgreSQL database: set TEST_DATABASE_URL (.ci/run does)',
)

const glacier = savedWord({ key: 'Gletscher', sense: 'Gletscher', lemma: 'Gletscher', gender: 'm' })
const meadow = savedWord({ key: 'Almwiese', sense: 'Almwiese', lemma: 'Almwiese', gender: 'f' })
const NOTE = 'schmilzt jeden Sommer ein Stück'
/** Pushed 1.5 s after a change, pulled by the other device within 5 s, on a busy machine. */
const ACROSS_DEVICES = { timeout: 20_000 }

test('two devices on two instances of one PostgreSQL: one instance dies with a push in flight, and nothing is lost', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const database = (await freshDatabase())!
  const servers: SyncServer[] = []
  try {
    // Two instances of one deployment; each device talks to its own.
    const started = await Promise.allSettled(
      [0, 1].map(() => startSyncServer({ DATABASE_URL: database.url })),
    )
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value)
    expect(servers).toHaveLength(2)
    const [first, second] = servers as [SyncServer, SyncServer]
    const device = async (server: SyncServer, word: typeof glacier) => {
      const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'block' })
      const page = await context.newPage()
      await page.goto('/en/offline')
      await seedLearning(page, { words: [word] })
      return { context, page, sync: new SyncPage(page), words: new WordsPage(page) }
    }
    const phone = await device(first, glacier)
    const laptop = await device(second, meadow)

    await phone.sync.goto()
    const link = new URL(await phone.sync.turnOn())
    await phone.sync.synced()
    await laptop.page.goto(link.pathname + link.hash)
    await laptop.sync.button(laptop.sync.labels.joinFromLink).click()
    await laptop.sync.synced()
    await phone.words.goto()
    await expect(phone.words.item('die Almwiese')).toBeVisible(ACROSS_DEVICES)

    // The laptop's sync page stays open in a second tab, to show the state.
    const laptopState = new SyncPage(await laptop.context.newPage())
    await laptopState.goto()
    await laptopState.synced()

    // The laptop's next push reaches its instance, which stores it and dies before its
    // answer gets back: the laptop cannot know the push went through.
    let pushStored!: () => void
    const stored = new Promise<void>((resolve) => (pushStored = resolve))
    await laptop.context.route(
      '**/api/sync/*/push',
      async (route) => {
        const answer = await route.fetch()
        expect(answer.status()).toBe(200)
        second.stop()
        await route.abort('connectionreset')
        pushStored()
      },
      { times: 1 },
    )
    await laptop.words.goto()
    await laptop.words.note('der Gletscher').fill(NOTE)
    await laptop.words.note('der Gletscher').blur()
    await stored
    await expect(laptopState.state).toHaveText(/^Offline:/, ACROSS_DEVICES)
    const waiting = laptopState.page.getByText(/waits? to be sent\./)
    await expect(waiting).toHaveText('1 change waits to be sent.')

    // The other instance serves on alone: the phone gets the note and sets a status.
    await expect(phone.words.note('der Gletscher')).toHaveValue(NOTE, ACROSS_DEVICES)
    await phone.words.statusOf('die Almwiese').selectOption('known')

    // The instance comes back. The laptop, backing off, is asked to try now: it pushes the
    // note again (changing nothing on the server) and gets the phone's status.
    await second.restart()
    await laptopState.button(laptopState.labels.syncNow).click()
    await laptopState.synced()
    await expect(waiting).toHaveCount(0)
    await expect(laptop.words.statusOf('die Almwiese')).toHaveValue('known', ACROSS_DEVICES)
    const wordsOf = async (page: typeof phone.page) =>
      (await readLearning(page)).words
        .map(({ key, note, status }) => ({ key, note, status }))
        .sort((a, b) => a.key.localeCompare(b.key))
    await expect
      .poll(async () => JSON.stringify(await wordsOf(laptop.page)), ACROSS_DEVICES)
      .toBe(JSON.stringify(await wordsOf(phone.page)))
    expect(await wordsOf(phone.page)).toEqual([
      { key: 'Almwiese', note: '', status: 'known' },
      { key: 'Gletscher', note: NOTE, status: 'learning' },
    ])
    await phone.context.close()
    await laptop.context.close()
  } finally {
    for (const server of servers) server.dispose()
    await database.drop()
  }
})
