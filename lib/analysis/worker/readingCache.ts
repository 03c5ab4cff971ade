/**
 * The last few readings by key, oldest dropped first. A key names everything a reading
 * depends on (the text or chapter, its corrections, the interface language), so a changed
 * correction is a new key; the engine's version needs none, as the cache lives only as long
 * as the worker, which runs the code of the page that started it.
 */
export class ReadingCache<T> {
  private readonly entries = new Map<string, Promise<T>>()

  constructor(private readonly size: number) {}

  /** The reading for `key`: cached, being made, or made now by `make`. A failure is not kept. */
  get(key: string, make: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key)
    if (cached) {
      // Used again: it becomes the newest.
      this.entries.delete(key)
      this.entries.set(key, cached)
      return cached
    }
    const made = make()
    this.entries.set(key, made)
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key)
    })
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!)
    return made
  }
}
