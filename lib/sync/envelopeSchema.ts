import * as z from 'zod/mini'
import '@/lib/validation/browserZod'
import type { Envelope } from './envelope'

/** The shape of a decrypted record: anything else is not one of ours and is skipped. */
export const envelopeSchema = z.object({
  t: z.string().check(z.minLength(1)),
  k: z.string().check(z.minLength(1)),
  g: z.record(
    z.string(),
    z.object({
      h: z.string().check(z.minLength(1)),
      v: z.int().check(z.positive()),
      d: z.unknown(),
    }),
  ),
}) satisfies z.ZodMiniType<Envelope>
