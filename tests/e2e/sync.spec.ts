import type { Browser, Page } from '@playwright/test'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { expect, type AxeScope } from './fixtures'
import { dueCard, readLearning, savedWord, seedLearning } from './learningData'
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

/** A device: a browser profile of its own, with the words a reader saved there before. */
async function device(browser: Browser, origin: string, word: typeof squirrel) {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto('/en/offline')
  await seedLearning(page, { words: [word], cards: [dueCard(word.key, 'meaning')] })
  return { context, page, sync: new SyncPage(page), words: new WordsPage(page) }
}

const dasEichhoernchen = 'das Eichhörnchen'
const dieLaterne = 'die Straßenlaterne'

test('two devices join with the key, merge, and keep every change: notes, statuses, offline reviews, deletions, a restart, a new key', async ({
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
  // The page takes the key out of the address (and the history) as soon as it has read it.
  await expect.poll(() => new URL(laptop.page.url()).hash).toBe('')
  await laptop.sync.button(laptop.sync.labels.joinFromLink).click()
  await laptop.sync.synced()

  // Both have both words: joining merged them.
  await laptop.words.goto()
  await expect(laptop.words.item(dasEichhoernchen)).toBeVisible()
  await expect(laptop.words.item(dieLaterne)).toBeVisible()
  await phone.words.goto()
  await expect(phone.words.item(dieLaterne)).toBeVisible()

  // A note written on the phone and a status set on the laptop both stay.
  await phone.words.note(dasEichhoernchen).fill(NOTE)
  await phone.words.note(dasEichhoernchen).blur()
  await laptop.words.statusOf(dasEichhoernchen).selectOption('known')
  await expect(laptop.words.note(dasEichhoernchen)).toHaveValue(NOTE)
  await expect(phone.words.statusOf(dasEichhoernchen)).toHaveValue('known')
  await expect(laptop.words.note(dasEichhoernchen)).toHaveValue(NOTE)

  // Both answer the lantern's card offline, then come back: both answers in both logs, and
  // the card recomputed from them, the same on both.
  const answerOffline = async (page: Page, grade: 1 | 3) => {
    const review = new ReviewPage(page)
    await review.goto()
    await expect(review.showAnswer).toBeVisible()
    await page.context().setOffline(true)
    await review.showAnswer.click()
    await review.rating(grade).click()
    await expect(review.summary).toBeVisible()
  }
  await answerOffline(phone.page, 3)
  await answerOffline(laptop.page, 1)
  for (const { page, sync } of [phone, laptop]) {
    await page.context().setOffline(false)
    await sync.goto()
    await sync.synced()
  }
  await phone.sync.button(phone.sync.labels.syncNow).click()
  await phone.sync.synced()
  await expect
    .poll(async () => (await readLearning(laptop.page)).cards.find((c) => c.word === lantern.key))
    .toEqual((await readLearning(phone.page)).cards.find((c) => c.word === lantern.key))
  for (const { page } of [phone, laptop]) {
    const { reviews, cards } = await readLearning(page)
    expect(reviews).toHaveLength(2)
    expect(cards.find((card) => card.word === lantern.key)?.reps).toBe(2)
  }

  // The server goes down while the laptop deletes a word; nothing is lost once it is back.
  syncServer.stop()
  await laptop.words.goto()
  await laptop.words.deleteButton(dieLaterne).click()
  await laptop.sync.goto()
  await expect(laptop.sync.state).toContainText('no connection to the sync server')
  await syncServer.restart()
  await laptop.sync.button(laptop.sync.labels.syncNow).click()
  await laptop.sync.synced()
  await phone.words.goto()
  await expect(phone.words.item(dieLaterne)).toHaveCount(0)
  await expect(phone.words.item(dasEichhoernchen)).toBeVisible()

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
  await expect(phone.sync.keyWords).toHaveCount(24)
  const newWords = await phone.sync.words()
  expect(newWords).not.toEqual(keyWords)
  await phone.sync.synced()
  await laptop.sync.goto()
  await expect(laptop.sync.state).toContainText('the key was changed on another device')
  await laptop.sync.joinByTyping(keyWords.join(' '))
  await expect(laptop.sync.alert('the key was changed on another device')).toBeVisible()
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

test('a key nobody made is refused with a clear message, and nothing changes', async ({ page }) => {
  const sync = new SyncPage(page)
  await sync.goto()
  // 24 valid words with a valid checksum: a real key, of a space that does not exist.
  const unknownKey = Array(23).fill('abandon').concat('art').join(' ')
  await sync.joinByTyping(unknownKey)
  await expect(sync.alert('No sync space has this key')).toBeVisible()
  await expect(sync.button(sync.labels.turnOn)).toBeVisible()
})
