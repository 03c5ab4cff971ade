export const INSTALL_COMMAND: string
export function findChromium(options: {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  playwrightPath?: string
}): { path: string; playwrights: boolean } | undefined
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] }
