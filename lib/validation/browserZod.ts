import { config, type ZodMiniType } from 'zod/mini'

// For schemas that run in the browser, loaded with the storage code: zod/mini keeps that
// chunk small, and jitless keeps zod from probing `new Function`, which the CSP forbids and
// reports even when the probe is caught. A schema module imports this module before it
// builds its schemas; it imports zod/mini's members itself, so that unused ones are shaken
// out (re-exporting the namespace from here would ship all of zod/mini).
config({ jitless: true })

/**
 * Reads a file the reader chose (a backup, a shared text): JSON, then the schema. The error
 * names what is wrong and where (`words.0.status: Invalid input`).
 */
export function parseJsonFile<T>(
  text: string,
  schema: ZodMiniType<T>,
  fail: (message: string) => Error,
): T {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch {
    throw fail('not JSON')
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw fail(`${issue.path.length ? issue.path.join('.') : 'file'}: ${issue.message}`)
  }
  return result.data
}
