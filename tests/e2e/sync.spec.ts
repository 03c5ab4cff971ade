import type { Browser, Page } from '@playwright/test'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { expect, type AxeScope } from './fixtures'
import { dueCard, readLearning, savedWord, seedBeforeOpening } from './learningData'
import { ReviewPage } from './pages/ReviewPage'
import { SyncPage } from './pages/SyncPage'
import { WordsPage } from './pages/WordsPage'
import { findPlaintext, testOnSyncServer as test } from './syncServer'

// Words of ten letters or more, which occur in no store file by chance: the plaintext search
// looks for every one of them after syncing.
const squirrelSource = {
  slug: 'herbststurm',
  title: 'Herbststurm im Stadtpark',
  block: 0,
  sentence: 'Das Eichhörnchen versteckt Haselnüsse unter dem Ahornbaum.',
  forms: ['Eichhörnchen'],
  translation: 'The squirrel hides hazelnuts under the maple tree.',
}
const squirrel = savedWord({
  key: 'Eichhörnchen',
  sense: 'Eichhörnchen',
  lemma: 'Eichhörnchen',
  gender: 'n',
  glosses: { en: 'squirrel', de: 'Nagetier mit buschigem Schwanz' },
  source: squirrelSource,
})
const lantern = savedWord({
  key: 'Straßenlaterne',
  sense: 'Straßenlaterne',
  lemma: 'Straßenlaterne',
  gender: 'f',
  glosses: { en: 'street lamp', de: 'Leuchte am Straßenrand' },
  source: {
    ...squirrelSource,
    sentence: 'Die Straßenlaterne flackerte die ganze Nacht hindurch.',
    forms: ['Straßenlaterne'],
  },
})
const NOTE = 'Kobeltbewohner, merkt sich Verstecke'
/**
 * How long a change may take to show on the other device: pushed 1.5 s after it is made,
 * pulled by the other within 5 s, on a machine shared with other test runs.
 */
const ACROSS_DEVICES = { timeout: 20_000 }

/** The last sync attempt's outcome on this device, as the sync page reads it. */
function lastOutcome(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('zweiklang')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const get = db.transaction('syncState').objectStore('syncState').get('outcome')
          get.onsuccess = () => {
            db.close()
            const outcome = get.result?.value as { error?: string } | undefined
            resolve(outcome ? (outcome.error ?? 'ok') : undefined)
          }
        }
      }),
  )
}

/** A device: a browser profile of its own, with the words a reader saved there before. */
async function device(browser: Browser, origin: string, word: typeof squirrel) {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' })
  const page = await context.newPage()
  await seedBeforeOpening(page, { words: [word], cards: [dueCard(word.key, 'meaning')] })
  return { context, page, sync: new SyncPage(page), words: new WordsPage(page) }
}

const dasEichhoernchen = 'das Eichhörnchen'
const dieLaterne = 'die Straßenlaterne'

test('two devices join with the key, merge, and keep every change: notes, statuses, offline reviews, deletions, a restart, a wrong key, a new key', async ({
  browser,
  syncServer,
  expectNoAxeViolations,
}) => {
  test.setTimeout(120_000)
  const phone = await device(browser, syncServer.origin, squirrel)
  const laptop = await device(browser, syncServer.origin, lantern)

  // Turned on on the phone; the laptop opens the join link (as a camera would) and joins.
  await phone.sync.goto()
  await expectNoAxeViolations({ page: phone.page } satisfies AxeScope)
  const link = await phone.sync.turnOn()
  await expect(phone.page.getByRole('img', { name: phone.sync.labels.qr })).toBeVisible()
  const keyWords = await phone.sync.words()
  await phone.sync.synced()
  await expectNoAxeViolations({ page: phone.page })
  await laptop.page.goto(new URL(link).pathname + new URL(link).hash)
  await laptop.sync.button(laptop.sync.labels.joinFromLink).click()
  // The key left the address bar (and the history) as soon as the page had read it.
  expect(new URL(laptop.page.url()).hash).toBe('')
  await laptop.sync.synced()

  // Both have both words: joining merged them.
  await laptop.words.goto()
  await expect(laptop.words.item(dasEichhoernchen)).toBeVisible()
  await expect(laptop.words.item(dieLaterne)).toBeVisible()
  await phone.words.goto()
  await expect(phone.words.item(dieLaterne)).toBeVisible(ACROSS_DEVICES)

  // A note written on the phone and a status set on the laptop both stay.
  await phone.words.note(dasEichhoernchen).fill(NOTE)
  await phone.words.note(dasEichhoernchen).blur()
  await laptop.words.statusOf(dasEichhoernchen).selectOption('known')
  await expect(laptop.words.note(dasEichhoernchen)).toHaveValue(NOTE, ACROSS_DEVICES)
  await expect(phone.words.statusOf(dasEichhoernchen)).toHaveValue('known', ACROSS_DEVICES)
  await expect(phone.words.note(dasEichhoernchen)).toHaveValue(NOTE)
  await expect(laptop.words.statusOf(dasEichhoernchen)).toHaveValue('known')

  // Both answer the lantern's card offline, then come back: both answers in both logs, and
  // the card recomputed from them, the same on both.
  const answerOffline = async (page: Page, grade: 2 | 3) => {
    const review = new ReviewPage(page)
    await review.goto()
    await expect(review.showAnswer).toBeVisible()
    await page.context().setOffline(true)
    await review.showAnswer.click()
    await review.rating(grade).click()
    await expect(review.summary).toBeVisible()
  }
  await answerOffline(phone.page, 3)
  await answerOffline(laptop.page, 2)
  for (const { page, sync } of [phone, laptop]) {
    await page.context().setOffline(false)
    await sync.goto()
    await sync.synced()
  }
  const lanternCard = async (page: Page) => {
    const { reviews, cards } = await readLearning(page)
    return { reviews: reviews.length, card: cards.find((card) => card.word === lantern.key) }
  }
  await expect
    .poll(async () => {
      const [onPhone, onLaptop] = await Promise.all([
        lanternCard(phone.page),
        lanternCard(laptop.page),
      ])
      return onPhone.reviews === 2 && JSON.stringify(onPhone) === JSON.stringify(onLaptop)
    }, ACROSS_DEVICES)
    .toBe(true)
  expect((await lanternCard(phone.page)).card?.reps).toBe(2)

  // The server goes down as the laptop deletes a word and tries to sync it; once the server
  // is back, the deletion goes through and nothing the server held before is lost: a new
  // device joining with the typed words gets everything.
  await laptop.words.goto()
  await phone.words.goto()
  syncServer.stop()
  await laptop.words.deleteButton(dieLaterne).click()
  await expect.poll(() => lastOutcome(laptop.page), ACROSS_DEVICES).toBe('offline')
  await syncServer.restart()
  await laptop.sync.goto()
  await laptop.sync.synced()
  // Reloaded: a page that was backing off while the server was down would wait its turn.
  await phone.words.goto()
  await expect(phone.words.item(dieLaterne)).toHaveCount(0, ACROSS_DEVICES)
  const tablet = await device(browser, syncServer.origin, squirrel)
  await tablet.sync.goto()
  // 24 list words with a valid checksum: a real key, of a space nobody made. Refused, and
  // nothing changes.
  await tablet.sync.joinByTyping(Array(23).fill('abandon').concat('art').join(' '))
  await expect(tablet.sync.alert('No sync space has this key.')).toBeVisible()
  await expect(tablet.sync.button(tablet.sync.labels.turnOn)).toBeVisible()
  await tablet.sync.joinByTyping(keyWords.join('  ').toUpperCase())
  await tablet.sync.synced()
  await tablet.words.goto()
  await expect(tablet.words.note(dasEichhoernchen)).toHaveValue(NOTE)
  await expect(tablet.words.item(dieLaterne)).toHaveCount(0)
  await tablet.context.close()

  // The server holds none of it readable: no lemma, note, sentence or title.
  const secrets = [
    squirrel.lemma,
    lantern.lemma,
    NOTE,
    squirrelSource.sentence,
    lantern.source!.sentence,
    squirrelSource.title,
    squirrelSource.translation,
    squirrel.glosses.de,
  ]
  expect(findPlaintext(syncServer, secrets)).toEqual([])

  // A new key: the phone moves, the laptop is told to join again, and a wrong key is refused.
  await phone.sync.goto()
  await phone.sync.button(phone.sync.labels.rotate).click()
  await expect(phone.sync.status(/The key was changed/)).toBeVisible()
  await expect(phone.sync.keyWords).toHaveCount(24)
  const newWords = await phone.sync.words()
  expect(newWords).not.toEqual(keyWords)
  await phone.sync.synced()
  await laptop.sync.goto()
  await expect(laptop.sync.state).toContainText('the key was changed on another device')
  await laptop.sync.joinByTyping(keyWords.join(' '))
  await expect(laptop.sync.alert('The key was changed on another device')).toBeVisible()
  // The last word with another checksum: every word on the list, the key still wrong.
  const mistyped = wordlist[wordlist.indexOf(newWords[23]!) ^ 1]!
  await laptop.sync.joinByTyping([...newWords.slice(0, 23), mistyped].join(' '))
  await expect(laptop.sync.alert('a word is mistyped, or two are swapped')).toBeVisible()
  await laptop.sync.joinByTyping(newWords.join(' '))
  await laptop.sync.synced()
  await laptop.words.goto()
  await expect(laptop.words.note(dasEichhoernchen)).toHaveValue(NOTE)

  await phone.context.close()
  await laptop.context.close()
})
