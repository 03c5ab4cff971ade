// Drafts vocabulary entries for a text's uncovered words from Ding and the lemmatiser, for an
// editor to review: writes content/<slug>/vocabulary.suggested.json (not committed).
// Usage: npm run vocab:suggest -- <slug>
import { writeFileSync } from 'node:fs'
import { getText } from '../lib/content/load'
import { getDictionary } from '../lib/dictionary/load'
import { lemmatizeText } from '../lib/dictionary/lemmatize'
import { suggestEntry, type Suggestion } from '../lib/dictionary/suggest'
import { entrySchema } from '../lib/vocabulary/schema'
import { getLexiconFromFile, germanBlocks, loadAnnotations } from '../lib/vocabulary/load'
import { matchText } from '../lib/vocabulary/match'

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

const matched = matchText(germanBlocks(text), getLexiconFromFile('en'), loadAnnotations(slug))
const suggestions = new Map<string, Suggestion>()
const unknown: { block: number; word: string }[] = []
for (const block of matched.blocks) {
  const uncovered = new Set(
    matched.uncovered.filter((u) => u.block === block.number).map((u) => u.index),
  )
  if (uncovered.size === 0) continue
  const analysed = lemmatizeText(block.parts.map((part) => part.text).join(''), dictionary)
  const words = block.parts.filter((part) => part.kind === 'word')
  words.forEach((word, i) => {
    if (!uncovered.has(word.index)) return
    const best = analysed.find(
      (a) => a.form === word.text && Math.abs(analysed.indexOf(a) - i) <= 2,
    )?.analyses[0]
    // A closed-class reading has no entry of its own: Ding's headword of that lemma gives one.
    const reading =
      best && !best.entry
        ? { ...best, entry: dictionary.entries(best.lemma).find((e) => e.pos === best.pos) }
        : best
    const suggestion = reading && suggestEntry(reading, formsOfLemma.get(reading.lemma) ?? [])
    if (!suggestion) return unknown.push({ block: block.number, word: word.text })
    const known = suggestions.get(suggestion.key) ?? suggestion
    if (word.text !== suggestion.key && !known.forms.includes(word.text))
      known.forms.push(word.text)
    suggestions.set(suggestion.key, known)
  })
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
  `${file}: ${sorted.length} drafted entries for ${matched.uncovered.length} uncovered words; ` +
    `${unknown.length} words Ding does not know${invalid.length ? `; incomplete: ${invalid.join(', ')}` : ''}`,
)
