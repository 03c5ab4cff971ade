import type { Browser, Page } from '@playwright/test'

export function startServer(
  port: number,
  env?: Record<string, string>,
  options?: { app?: string; probePath?: string; logFile?: string },
): Promise<{ origin: string; pid: number; stop: (signal?: NodeJS.Signals) => void }>
export function launchChromium(): Promise<Browser>
export function meterScripts(page: Page): () => Promise<{
  count: number
  kb: number
  laterCount: number
  laterKb: number
  beforeLcpKb: number
}>
