import { encodeShardFile, openShardFile } from '@/lib/indexFile/shardFile'
import type { PlanRecord } from '../lookupAnswer'

/** The committed plans file (see plannedWords), relative to the repository root. */
export const PLANS_FILE = 'data/dictionary/de-plans.shards'
/** The repository keeps the plans file under this size (bytes); the build fails above it. */
export const PLANS_SIZE_CAP = 4 * 1024 * 1024

const PLANS_GROUP = 'plans'

/** Writes the plans file: records sorted by word, deflated in shards (same plans, same bytes). */
export function encodePlans(records: readonly PlanRecord[], fields: Record<string, unknown>) {
  const sorted = [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return encodeShardFile(fields, { [PLANS_GROUP]: { records: sorted, keyed: true } })
}

/**
 * Opens a plans file's bytes (its header only; a shard is decoded when a word in it is first
 * asked): the plan worked out ahead for a word, if the file has one.
 */
export function openPlans(bytes: Buffer) {
  const file = openShardFile(bytes)
  const plans = file.group<PlanRecord>(PLANS_GROUP)
  return {
    fields: file.fields,
    count: plans.count,
    plannedAhead(word: string): PlanRecord | undefined {
      const found = plans.find(word)
      return found < 0 ? undefined : plans.record(found)
    },
    all: () => plans.all(),
  }
}
