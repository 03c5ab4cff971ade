import { modernEszett, oldTwins } from './eszett'

/**
 * Rewrites paradigms of one part of speech in today's spelling: an old lemma with a modern
 * twin (Fluß, Fluss) by the twin, then every paradigm by its own evidence (wußte, gewusst).
 * `spellings` gives each lemma's forms; the result writes a lemma's form the modern way.
 */
export function modernizer(
  spellings: ReadonlyMap<string, readonly string[]>,
): (lemma: string) => (form: string) => string {
  const twins = oldTwins(new Set(spellings.keys()))
  return (lemma) => {
    const twin = twins.get(lemma) ?? ((form: string) => form)
    const byParadigm = modernEszett((spellings.get(lemma) ?? [lemma]).map(twin))
    return (form) => byParadigm(twin(form))
  }
}
