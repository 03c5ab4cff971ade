export const INSTALL_COMMAND: string
export function findChromium(options: {
  env: Record<string, string | undefined>
  exists: (path: string) => boolean
  playwrightPath?: string
  headlessShell?: boolean
}): { path: string; playwrights: boolean } | undefined
export function chromiumLaunchOptions(options?: { headlessShell?: boolean }): {
  executablePath: string | undefined
  args: string[]
}
