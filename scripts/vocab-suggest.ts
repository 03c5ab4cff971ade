// Drafts vocabulary entries for a text's uncovered words from Ding and the lemmatiser, for an
// editor to review: writes content/<slug>/vocabulary.suggested.json (not committed).
// Usage: npm run vocab:suggest -- <slug>
import { writeFileSync } from 'node:fs'
import { getText } from '../lib/content/load'
import { getDictionary } from '../lib/dictionary/load'
import { analyseText } from '../lib/analysis/engine'
import { serverSources } from '../lib/analysis/serverSources'
import { isDictionaryKey } from '../lib/analysis/draft'
import { suggestEntry, type Suggestion } from '../lib/dictionary/suggest'
import { entrySchema } from '../lib/vocabulary/schema'
import { getLexiconFromFile, germanBlocks, loadAnnotations } from '../lib/vocabulary/load'

const slug = process.argv[2]
const text = slug ? getText(slug) : undefined
if (!slug || !text) {
  console.error(
    `usage: npm run vocab:suggest -- <slug>   (${slug ?? 'no slug'}: no such text in content/)`,
  )
  process.exit(1)
}
const { index, dictionary } = getDictionary()
const formsOfLemma = new Map<string, string[]>()
for (const [form, lemmas] of Object.entries(index.forms))
  for (const lemma of lemmas) formsOfLemma.set(lemma, [...(formsOfLemma.get(lemma) ?? []), form])

// The reader's own analysis: every word the curated vocabulary does not cover gets the
// reading the sentence gives it, and that is what an editor drafts an entry from.
const analysed = analyseText(germanBlocks(text), serverSources(getLexiconFromFile('en')), {
  annotations: loadAnnotations(slug),
})
const suggestions = new Map<string, Suggestion>()
const unknown: { block: number; word: string }[] = []
let uncovered = 0
for (const block of analysed.matched.blocks) {
  for (const word of block.parts) {
    if (word.kind !== 'word' || word.number !== undefined) continue
    if (word.entry !== undefined && !isDictionaryKey(word.entry)) continue
    uncovered++
    const best = analysed.readings.get(word)
    // A closed-class reading has no entry of its own: Ding's headword of that lemma gives one.
    const entry =
      best?.entry ?? (best && dictionary.entries(best.lemma).find((e) => e.pos === best.pos))
    const suggestion =
      best &&
      entry &&
      suggestEntry(
        { ...best, entry, split: word.units.length > 0 },
        formsOfLemma.get(best.lemma) ?? [],
      )
    if (!suggestion) {
      unknown.push({ block: block.number, word: word.text })
      continue
    }
    const known = suggestions.get(suggestion.key) ?? suggestion
    if (word.text !== suggestion.key && !known.forms.includes(word.text))
      known.forms.push(word.text)
    suggestions.set(suggestion.key, known)
  }
}

const sorted = [...suggestions.values()].sort((a, b) => a.key.localeCompare(b.key, 'de'))
const invalid = sorted.filter((s) => !entrySchema.safeParse(s.entry).success).map((s) => s.key)
const file = `content/${slug}/vocabulary.suggested.json`
writeFileSync(
  file,
  `${JSON.stringify(
    {
      about: `Drafts for the uncovered words of content/${slug}, from Ding (GPL-2.0-or-later). Review each; write the German explanation; then move the entries to locales/en/vocabulary.json and locales/de/vocabulary.json, and the forms to content/lexicon.json.`,
      entries: Object.fromEntries(sorted.map((s) => [s.key, s.entry])),
      forms: Object.fromEntries(
        sorted.flatMap((s) => s.forms.map((form) => [form, [{ lemma: s.key }]] as const)),
      ),
      check: Object.fromEntries(sorted.map((s) => [s.key, s.check])),
      unknown,
    },
    null,
    2,
  )}\n`,
)
console.log(
  `${file}: ${sorted.length} drafted entries for ${uncovered} uncovered words; ` +
    `${unknown.length} words Ding does not know${invalid.length ? `; incomplete: ${invalid.join(', ')}` : ''}`,
)
