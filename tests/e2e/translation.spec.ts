import { test, expect } from './fixtures'
import { adjustStandIn, standIn } from './translatorStandIn'

const german = [
  '# Im Garten',
  'Die Großmutter pflanzt Tomaten. Der Hund schläft unter dem Baum, und die Katze sieht ihm zu.',
  'Am Abend gießt sie die Beete.',
].join('\n\n')

test.describe('a translation made on the device', () => {
  test('translates block by block after the model downloads, marked as machine translation and kept', async ({
    page,
    importedReader,
    words,
  }) => {
    // The second block is over the quota: it is translated sentence by sentence.
    await standIn(page, { quota: 60 })
    const reader = await importedReader.stored(german)
    const translate = page.getByRole('button', { name: 'Translate on this device' })
    await translate.click()
    await expect(
      page.getByText('The English is a machine translation made on this device.'),
    ).toBeVisible()
    await expect(reader.englishText(1)).toHaveText('EN Im Garten')
    await expect(reader.englishText(2)).toHaveText(
      'EN Die Großmutter pflanzt Tomaten. EN Der Hund schläft unter dem Baum, und die Katze sieht ihm zu.',
    )
    await expect(reader.englishText(3)).toHaveText('EN Am Abend gießt sie die Beete.')
    await expect(translate).toHaveCount(0)

    await page.reload()
    await expect(reader.englishText(3)).toHaveText('EN Am Abend gießt sie die Beete.')
    await expect(
      page.getByText('The English is a machine translation made on this device.'),
    ).toBeVisible()

    // A block the reader rewrites is theirs from then on.
    await page.getByRole('button', { name: 'Edit the English' }).nth(2).click()
    await page
      .getByRole('textbox', { name: 'Your English for this block' })
      .fill('In the evening she waters the beds.')
    await page.getByRole('button', { name: 'Save the English' }).click()
    await expect(reader.englishText(3)).toHaveText('In the evening she waters the beds.')
    await page.reload()
    await expect(reader.englishText(3)).toHaveText('In the evening she waters the beds.')
    await expect(page.getByText('Your translation')).toHaveCount(1)
    await expect(page.getByText('Machine translation', { exact: true })).toHaveCount(2)
    await expect(
      page.getByText(
        'The English is a machine translation made on this device; you edited 1 block.',
      ),
    ).toBeVisible()

    // A word saved beside the machine's English keeps its mark; beside the reader's, none.
    await reader.learningReady()
    await reader.popupReady()
    for (const [pair, form] of [
      [2, 'Tomaten'],
      [3, 'Beete'],
    ] as const) {
      await page.mouse.move(1, 1)
      await reader.wordInPair(pair, form).click()
      const save = reader.popup.getByRole('button', { name: 'Save', exact: true })
      await save.click()
      await expect(save).toHaveAttribute('aria-pressed', 'true')
    }
    await words.goto()
    await expect(words.machineMark('die Tomate')).toBeVisible()
    await expect(words.english('das Beet')).toBeVisible()
    await expect(words.machineMark('das Beet')).toHaveCount(0)
  })

  test('a stopped run keeps what it translated and goes on from there', async ({
    page,
    importedReader,
  }) => {
    await standIn(page, { laterTranslateMs: 3_000 })
    const reader = await importedReader.stored(german)
    await page.getByRole('button', { name: 'Translate on this device' }).click()
    await expect(reader.englishText(1)).toHaveText('EN Im Garten')
    await page.getByRole('button', { name: 'Stop translating' }).click()
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Stopped. The 1 of 3 blocks translated so far are kept.' }),
    ).toBeVisible()
    await expect(reader.englishText(2)).toHaveCount(0)
    await page.reload()
    // Nothing to stop this time: the rest is translated without the pause.
    await adjustStandIn(page, { laterTranslateMs: 0 })
    await page.getByRole('button', { name: 'Go on translating (1 of 3 blocks done)' }).click()
    await expect(reader.englishText(3)).toHaveText('EN Am Abend gießt sie die Beete.')
    await expect(reader.englishText(1)).toHaveText('EN Im Garten')
  })

  test('a failed download says so and keeps the text as it was', async ({
    page,
    importedReader,
    expectNoAxeViolations,
  }) => {
    await standIn(page, { failDownload: true })
    const reader = await importedReader.stored(german)
    await page.getByRole('button', { name: 'Translate on this device' }).click()
    await expect(
      page.getByRole('alert').filter({ hasText: 'The translation stopped' }),
    ).toContainText('The translation stopped: The translation model could not be installed.')
    await expect(reader.englishText(1)).toHaveCount(0)
    await expectNoAxeViolations({ include: ['.machine-translation'] })
  })

  test('a browser without a translator says so plainly', async ({ page, importedReader }) => {
    await standIn(page, { availability: null })
    await importedReader.stored(german)
    await expect(page.getByText(/^This browser cannot translate on the device/u)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Translate on this device' })).toHaveCount(0)
  })
})
