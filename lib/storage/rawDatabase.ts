// IndexedDB read without Dexie and without a version: for what must work before Dexie loads
// (the reader's marks) or when Dexie will not open the database (saving what can be saved).

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/**
 * Opens the database as it is, without creating it: `undefined` when there is none. Opening
 * without a version would create an empty one; that upgrade is aborted, so that Dexie later
 * creates the database whole.
 */
export function openExisting(
  name: string,
  factory: IDBFactory = indexedDB,
): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name)
    let absent = false
    request.onupgradeneeded = () => {
      absent = true
      request.transaction?.abort()
    }
    request.onsuccess = () => {
      const db = request.result
      // Another tab's Dexie upgrading the schema must not wait for this connection.
      db.onversionchange = () => db.close()
      resolve(db)
    }
    request.onerror = (event) => {
      if (!absent) return reject(request.error ?? new Error('IndexedDB did not open'))
      // The aborted creation is not the page's error.
      event.preventDefault()
      resolve(undefined)
    }
  })
}

/** Every object store of the database as raw rows; `{}` when there is no database. */
export async function readRawDatabase(
  name: string,
  factory: IDBFactory = indexedDB,
): Promise<Record<string, unknown[]>> {
  const db = await openExisting(name, factory)
  if (!db) return {}
  try {
    const names = Array.from(db.objectStoreNames)
    if (names.length === 0) return {}
    const transaction = db.transaction(names, 'readonly')
    const tables = await Promise.all(
      names.map((store) => requestResult(transaction.objectStore(store).getAll())),
    )
    return Object.fromEntries(names.map((store, index) => [store, tables[index] as unknown[]]))
  } finally {
    db.close()
  }
}
