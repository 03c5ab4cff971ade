import { describe, expect, it, vi } from 'vitest'
import { lookupThreadCount } from '@/lib/analysis/lookupThreads/pool'

describe('the number of lookup threads', () => {
  it('leaves the main thread a core, at least one, at most four, unless ZK_LOOKUP_THREADS says otherwise', () => {
    expect(lookupThreadCount(undefined, 2)).toBe(1)
    expect(lookupThreadCount(undefined, 1)).toBe(1)
    expect(lookupThreadCount(undefined, 3)).toBe(2)
    expect(lookupThreadCount('', 16)).toBe(4)
    expect(lookupThreadCount('1', 2)).toBe(1)
    expect(lookupThreadCount('3', 2)).toBe(3)
  })

  it('reports a setting that is not a number of threads and uses the default', () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(lookupThreadCount('0', 3)).toBe(2)
    expect(lookupThreadCount('two', 3)).toBe(2)
    expect(lookupThreadCount('9', 2)).toBe(1)
    expect(report).toHaveBeenCalledTimes(3)
    expect(report.mock.calls[1]![0]).toMatch(/^ZK_LOOKUP_THREADS="two" is not a number of threads/)
    report.mockRestore()
  })
})
