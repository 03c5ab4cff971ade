/**
 * The shape of a piece of text, as the aligner weighs it beside its length: a heading or date
 * line ("Am 4. Mai 1771", "MAY 12.", "BOOK I") pairs with a heading, alone; a translator's
 * note in brackets is often added; and translators leave out short pieces, not long ones.
 */

/** A heading is at most this long: a title, a date line, a chapter's number. */
const MAX_HEADING_CHARACTERS = 40
const MAX_HEADING_WORDS = 6
const ENDS_SENTENCE = /[.!?…]["“”»«'’)]*$/u

/** A title, a date line or a chapter's number rather than prose. */
export function isHeading(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_CHARACTERS) return false
  if (trimmed.split(/\s+/u).length > MAX_HEADING_WORDS) return false
  return !ENDS_SENTENCE.test(trimmed) || !/\p{Ll}/u.test(trimmed) || /\d\.$/u.test(trimmed)
}

/** A piece that opens or closes a bracket at its edge: a translator's note, or part of one. */
export function isBracketed(text: string): boolean {
  const trimmed = text.trim()
  return /^[([]/u.test(trimmed) || /[)\]]["“”»«'’]*$/u.test(trimmed)
}
