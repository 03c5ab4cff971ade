/** The committed dictionary index, relative to the repository root. */
export const DICTIONARY_FILE = 'data/dictionary/de-en.shards'
/** The repository keeps the index under this size (bytes); the build fails above it. */
export const DICTIONARY_SIZE_CAP = 8 * 1024 * 1024
