/**
 * Is a text German? Checked by its most frequent function words, which every German text
 * uses and hardly any text in another language does (words that are also English, such as
 * "man", "was", "so", are left out): it needs no model and runs anywhere,
 * also where a browser has no language detector.
 */

const GERMAN_FUNCTION_WORDS = new Set(
  (
    'der die das und ist nicht ein eine einen einem einer zu den dem des von mit sich auf für ' +
    'im ich sie er es wir ihr du auch als aus bei nach wie noch nur dass daß oder aber ' +
    'wenn hat haben sind wird werden wurde kann mein sein ihre seine dieser diese dieses ' +
    'über vor um schon mir mich ihm ihn uns euch wer wo hier dann doch da denn nichts'
  ).split(' '),
)
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the and of to a in is it that was he for on are with as his they be at one have this ' +
    'from or had by but not what all were we when your can said there which she do their ' +
    'if will would each about how them then these so some her him into has more could'
  ).split(' '),
)

/** Below this share of German function words a text is taken for another language. */
const GERMAN_FUNCTION_WORD_SHARE = 0.12
/** Words read from the start of a text: enough for a stable share, cheap on a whole book. */
const SAMPLE_WORDS = 2_000
/** Fewer words than this say nothing either way. */
const MIN_SAMPLE_WORDS = 20

export interface LanguageCheck {
  /** false only when the text is long enough to tell and does not read as German. */
  german: boolean
  /** Share of the sampled words that are German function words. */
  germanShare: number
  /** Share that are English function words: a text that is not German is often English. */
  englishShare: number
  words: number
}

export function checkGerman(text: string): LanguageCheck {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS)
  const share = (set: Set<string>) =>
    words.length === 0 ? 0 : words.filter((word) => set.has(word)).length / words.length
  const germanShare = share(GERMAN_FUNCTION_WORDS)
  return {
    german: words.length < MIN_SAMPLE_WORDS || germanShare >= GERMAN_FUNCTION_WORD_SHARE,
    germanShare,
    englishShare: share(ENGLISH_FUNCTION_WORDS),
    words: words.length,
  }
}

/**
 * A declared language tag (`de`, `de-AT`, `ger`, `deu`, `German`) read as German or not;
 * undefined when there is none.
 */
export function declaresGerman(tag: string | undefined): boolean | undefined {
  if (!tag?.trim()) return undefined
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0]
  return ['de', 'ger', 'deu', 'german', 'deutsch'].includes(primary ?? '')
}
