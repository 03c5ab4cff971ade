/**
 * Set while sync is on, so that every page knows at once, without opening IndexedDB,
 * whether to load the sync engine: pages of a device that does not sync load none of it.
 */
export const SYNC_FLAG = 'zk-sync'
