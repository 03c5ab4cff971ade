/** The reader's IndexedDB database, apart from its Dexie schema so that raw readers need no Dexie. */
export const DB_NAME = 'zweiklang'
