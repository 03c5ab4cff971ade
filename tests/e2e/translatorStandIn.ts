import type { Page } from '@playwright/test'

export interface StandIn {
  /** What Translator.availability answers; null: the browser has no Translator at all. */
  availability: string | null
  /** The input quota, in characters. */
  quota: number
  /** create() fails after its download progress. */
  failDownload: boolean
  /** Each translate() after a page's first takes this long, so a test can stop a run halfway. */
  laterTranslateMs: number
}

/** The stand-in's settings on the page, by this name on `window`. */
const CONFIG_KEY = '__translatorStandIn'

/**
 * Replaces the browser's Translator before the page loads with a stand-in of the spec's
 * shape: availability, create() with download progress through its monitor, inputQuota,
 * measureInputUsage() and translate(), which refuses input over the quota as the spec's
 * QuotaExceededError.
 */
export async function standIn(page: Page, options: Partial<StandIn> = {}) {
  const config: StandIn = {
    availability: 'downloadable',
    quota: 1_000,
    failDownload: false,
    laterTranslateMs: 0,
    ...options,
  }
  await page.addInitScript(
    ({ config, key }: { config: StandIn; key: string }) => {
      const scope = window as unknown as Record<string, unknown>
      // Where adjustStandIn changes it on an open page.
      scope[key] = config
      if (config.availability === null) {
        delete scope.Translator
        return
      }
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
      scope.Translator = class {
        static availability() {
          return Promise.resolve(config.availability)
        }
        static async create(options: { monitor?: (monitor: EventTarget) => void }) {
          const monitor = new EventTarget()
          options.monitor?.(monitor)
          for (const loaded of [0, 0.5, 1]) {
            await wait(20)
            monitor.dispatchEvent(new ProgressEvent('downloadprogress', { loaded, total: 1 }))
          }
          if (config.failDownload)
            throw new DOMException('The translation model could not be installed.', 'NetworkError')
          return new this()
        }
        readonly inputQuota = config.quota
        measureInputUsage(input: string) {
          return Promise.resolve(input.length)
        }
        private calls = 0
        async translate(input: string, options: { signal?: AbortSignal } = {}) {
          if (this.calls++ > 0)
            await new Promise((resolve, reject) => {
              const timer = setTimeout(resolve, (scope[key] as StandIn).laterTranslateMs)
              options.signal?.addEventListener('abort', () => {
                clearTimeout(timer)
                reject(new DOMException('Translation aborted.', 'AbortError'))
              })
            })
          if (input.length > config.quota)
            throw new DOMException('The input is over the quota.', 'QuotaExceededError')
          return `EN ${input}`
        }
        destroy() {}
      }
    },
    { config, key: CONFIG_KEY },
  )
}

/** Changes the stand-in's settings on the page open now, until it loads again. */
export async function adjustStandIn(page: Page, options: Partial<StandIn>) {
  await page.evaluate(
    ({ key, options }) => {
      const scope = window as unknown as Record<string, object>
      Object.assign(scope[key]!, options)
    },
    { key: CONFIG_KEY, options },
  )
}
