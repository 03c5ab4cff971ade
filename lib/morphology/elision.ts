/**
 * How spoken German is written in dialogue and older prose, as general patterns: a dropped
 * final e (hab, wär, würd), an enclitic s for "es" (wenns, solls, gibts), da(r)- shortened to
 * dr- (dran, drauf, drin). The forms a word so written may stand for, to be checked against
 * the sources; only asked for a word no source knows as it stands.
 */
export function elisionVariants(form: string): string[] {
  const variants: string[] = []
  // Lowercase only: a capitalised word that Ding knows only with an -e is far more often a
  // name (Fritz, not Fritze) than a clipped noun (Käs).
  if (/^\p{Ll}+$/u.test(form) && !form.endsWith('e')) variants.push(`${form}e`)
  if (/^\p{Ll}{3,}s$/u.test(form)) variants.push(form.slice(0, -1))
  const shortened = /^([Dd])r([aeiouäöü]\p{Ll}*)$/u.exec(form)
  if (shortened) variants.push(`${shortened[1]}ar${shortened[2]}`)
  return variants
}
