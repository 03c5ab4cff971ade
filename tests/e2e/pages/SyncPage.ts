import { expect, type Locator, type Page } from '@playwright/test'

const labels = {
  en: {
    title: 'Sync',
    turnOn: 'Turn sync on',
    key: 'Sync key',
    join: 'Join',
    joinFromLink: 'Join this device',
    showKey: 'Show the sync key',
    words: 'The 24 words of the key',
    link: 'Join link',
    qr: 'QR code of the join link',
    synced: 'Synced.',
    rotate: 'Change the key',
    leave: 'Stop syncing on this device',
    delete: 'Delete the space',
    deleteConfirm: 'Delete the space and everything on the server',
    devices: 'Devices',
    state: 'State',
    syncNow: 'Sync now',
  },
  de: {
    title: 'Synchronisieren',
    turnOn: 'Synchronisieren einschalten',
    key: 'Sync-Schlüssel',
    join: 'Beitreten',
    joinFromLink: 'Dieses Gerät beitreten lassen',
    showKey: 'Sync-Schlüssel zeigen',
    words: 'Die 24 Wörter des Schlüssels',
    link: 'Beitrittslink',
    qr: 'QR-Code des Beitrittslinks',
    synced: 'Synchronisiert.',
    rotate: 'Schlüssel wechseln',
    leave: 'Auf diesem Gerät nicht mehr synchronisieren',
    delete: 'Bereich löschen',
    deleteConfirm: 'Bereich und alles auf dem Server löschen',
    devices: 'Geräte',
    state: 'Stand',
    syncNow: 'Jetzt synchronisieren',
  },
}

/** The sync page as a reader sees it: turning on, the key, joining, the state. */
export class SyncPage {
  readonly labels: (typeof labels)['en']

  constructor(
    readonly page: Page,
    readonly lng: 'en' | 'de' = 'en',
  ) {
    this.labels = labels[lng]
  }

  async goto(fragment = '') {
    const response = await this.page.goto(`/${this.lng}/sync${fragment}`)
    expect(response?.status()).toBe(200)
    await expect(this.page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Turns sync on and returns the join link the page shows. */
  async turnOn(): Promise<string> {
    await this.button(this.labels.turnOn).click()
    await expect(this.keyWords).toHaveCount(24)
    return this.page.getByRole('textbox', { name: this.labels.link }).inputValue()
  }

  /** The key's words as the page lists them. */
  get keyWords(): Locator {
    return this.page.getByRole('list', { name: this.labels.words }).getByRole('listitem')
  }

  async words(): Promise<string[]> {
    return this.keyWords.allInnerTexts()
  }

  async joinByTyping(key: string) {
    await this.page.getByRole('textbox', { name: this.labels.key, exact: true }).fill(key)
    await this.button(this.labels.join).click()
  }

  /** The state line: "Synced.", "Offline: …", "Not synced: …". */
  get state(): Locator {
    return this.page.getByRole('region', { name: this.labels.state }).getByRole('status')
  }

  async synced() {
    await expect(this.state).toHaveText(this.labels.synced)
  }

  /** A live region saying what an action did. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text })
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }
}
