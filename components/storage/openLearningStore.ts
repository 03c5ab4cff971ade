/**
 * The page's learning store, with its code (Dexie) loaded on first use: for code that shows
 * the reader's data without Dexie (see watchLearning) and writes only when the reader acts.
 */
export async function openLearningStore() {
  const { getLearningStore } = await import('./learningStore')
  return getLearningStore()
}
