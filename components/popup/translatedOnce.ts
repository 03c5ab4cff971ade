/**
 * A translated string that takes values, translated once: i18next's `t` with values (its
 * interpolation) cost more per popup than building the popup's elements. The string is
 * translated with a marker in each value's place, and each call puts the values where the
 * markers are. Only for strings without plurals or context; the values go in as they are, as
 * the page's i18next puts them (it does not escape values).
 */
export function translatedOnce<Name extends string>(
  translate: (values: Record<Name, string>) => string,
  names: readonly Name[],
): (values: Record<Name, string>) => string {
  const markers = Object.fromEntries(
    names.map((name, index) => [name, `\u0001${index}\u0001`]),
  ) as Record<Name, string>
  const template = translate(markers)
  return (values) =>
    names.reduce((text, name) => text.split(markers[name]).join(values[name]), template)
}
