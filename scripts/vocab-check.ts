// Checks the vocabulary against every text: coverage (must be 100%), malformed entries,
// keys missing in one language, grammar the languages disagree on, German explanations
// that use their own word, lexicon records pointing nowhere, the texts' own notes (for
// entries that exist and that the text uses), and entries meant for every text that speak
// of one ("here:", "block 6", a person a text's notes explain); and lists, for an editor,
// entries no curated text uses (imported texts may) and where curated nouns' gender or
// plural disagree with Ding.
// Usage: npm run vocab:check
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { languages } from '../i18n/settings'
import { ContentError } from '../lib/content/errors'
import { crossCheckNouns } from '../lib/dictionary/crossCheck'
import { getTextSlugs, loadText } from '../lib/content/load'
import {
  compareLanguages,
  danglingLexicon,
  explanationsUsingTheirLemma,
  namesInTextNotes,
  textNoteProblems,
  textSpecificEntries,
  unusedEntries,
} from '../lib/vocabulary/check'
import { buildLexicon } from '../lib/vocabulary/lexicon'
import {
  germanBlocks,
  loadAnnotations,
  loadLexiconFile,
  loadTextNotes,
  textNotesFileName,
  type TextNotes,
} from '../lib/vocabulary/load'
import type { MatchedText } from '../lib/vocabulary/match'
import { analyseText } from '../lib/analysis/engine'
import { serverSources } from '../lib/analysis/serverSources'
import { isDictionaryKey } from '../lib/analysis/draft'
import { getDictionary } from '../lib/dictionary/load'
import type { VocabularyFile } from '../lib/vocabulary/schema'
import { parseJson, parseVocabularyFile } from '../lib/vocabulary/validate'

const problems: string[] = []
const attempt = <T>(run: () => T): T | undefined => {
  try {
    return run()
  } catch (error) {
    if (!(error instanceof ContentError)) throw error
    problems.push(error.message)
    return undefined
  }
}

const files = languages.flatMap((lng) => {
  const name = `locales/${lng}/vocabulary.json`
  const vocabulary = attempt(() =>
    parseVocabularyFile(parseJson(readFileSync(path.resolve(name), 'utf8'), name), name),
  )
  return vocabulary ? [{ lng, name, vocabulary }] : []
})
const lexiconFile = attempt(() => loadLexiconFile())

if (files.length === languages.length && lexiconFile) {
  problems.push(...compareLanguages(files))
  const german = files.find((file) => file.lng === 'de')
  if (german)
    problems.push(...explanationsUsingTheirLemma(german.name, german.vocabulary, lexiconFile))
  const english = files.find((file) => file.lng === 'en')!.vocabulary as VocabularyFile
  const lexicon = buildLexicon(english, lexiconFile)
  problems.push(...danglingLexicon(lexiconFile, lexicon))

  const matchedTexts: MatchedText[] = []
  const textNotes: TextNotes[] = []
  let incomplete = false
  for (const slug of getTextSlugs()) {
    const text = attempt(() => loadText(slug))
    const annotations = attempt(() => loadAnnotations(slug))
    if (!text || !annotations) continue
    // The reader's own analysis (as analyseCuratedText runs it, but collecting the problems
    // instead of stopping at them): a word the sentence gives a dictionary reading is uncovered.
    const { matched } = analyseText(germanBlocks(text), serverSources(lexicon), {
      annotations,
      reviewed: true,
    })
    matched.uncovered.push(
      ...matched.blocks.flatMap((block) =>
        block.parts
          .filter((part) => part.kind === 'word' && isDictionaryKey(part.entry ?? ''))
          .map((part) => ({
            block: block.number,
            word: part.text,
            index: (part as { index: number }).index,
          })),
      ),
    )
    matchedTexts.push(matched)
    problems.push(
      ...matched.problems.map((problem) => `content/${slug}/vocabulary.json: ${problem}`),
    )
    for (const lng of languages) {
      const notes = attempt(() => loadTextNotes(slug, lng))
      if (!notes) continue
      textNotes.push(notes)
      const file = textNotesFileName(slug, lng)
      problems.push(...textNoteProblems(notes, lexicon, matched).map((p) => `${file}: ${p}`))
    }
    const words = matched.blocks.flatMap((block) =>
      block.parts.filter((part) => part.kind === 'word'),
    )
    const covered = words.length - matched.uncovered.length
    const share = words.length ? (100 * covered) / words.length : 100
    console.log(`${slug}: ${covered}/${words.length} words covered (${share.toFixed(1)}%)`)
    for (const { block, word } of matched.uncovered) {
      problems.push(`content/${slug}/de.md: block ${block} "${word}" has no vocabulary entry`)
    }
    incomplete ||= matched.uncovered.length > 0
  }
  const names = namesInTextNotes(english, textNotes)
  for (const file of files) problems.push(...textSpecificEntries(file.name, file.vocabulary, names))
  console.log(`${lexicon.entries.size} entries, ${Object.keys(lexiconFile.forms).length} forms`)
  // Unused entries only make sense once every text could be read.
  if (!incomplete) {
    const unused = unusedEntries(lexicon, matchedTexts)
    console.log(
      `${unused.length} entries no curated text uses (for imported texts): ${unused.join(', ')}`,
    )
  }

  const ding = crossCheckNouns(lexicon.entries, getDictionary().dictionary)
  console.log(
    `Ding cross-check: ${ding.checked} curated nouns compared (${ding.absent} not in Ding), ` +
      `${ding.disagreements.length} disagreement(s) for an editor to look at:`,
  )
  for (const disagreement of ding.disagreements) console.log(`  ${disagreement}`)
}

if (problems.length > 0) {
  console.error(`\nvocab:check found ${problems.length} problem(s):`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log('vocab:check: OK')
