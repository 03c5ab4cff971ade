/**
 * Sentences are highlighted with the CSS Custom Highlight API: ranges over the text as it
 * stands, styled by `::highlight(name)`, so no sentence needs an element of its own and the
 * page's HTML carries no sentence data. Where the API is missing only the paragraph shows.
 */
export type HighlightName = 'sentence-de' | 'sentence-en' | 'reading-de' | 'reading-en'

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS

export function showHighlight(name: HighlightName, ranges: readonly Range[]) {
  if (!supported()) return
  if (ranges.length === 0) CSS.highlights.delete(name)
  else CSS.highlights.set(name, new Highlight(...ranges))
}

export function clearHighlights(...names: HighlightName[]) {
  if (!supported()) return
  for (const name of names) CSS.highlights.delete(name)
}
