/** Where a text's senses and lemma counts are served (app/texts/[slug]/words.json). */
export const textWordsPath = (slug: string) => `/texts/${encodeURIComponent(slug)}/words.json`
