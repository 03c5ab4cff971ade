import type { Morphology } from './morphology'

/** Before the spelling reforms of 1901 and 1996, or Swiss (which writes no ß). */
export type SpellingKind = 'old' | 'swiss'

/** A general rule that maps an old or Swiss spelling to today's standard German one. */
export type SpellingRule =
  'ß→ss' | 'ß→s' | 'th→t' | 'ie→i' | 'ey→ei' | 'c→k' | 'c→z' | 'mm→m' | 'dt→t' | 'aa→a' | 'ss→ß'

/** A modern spelling of a form, checked against the lexicon, and the rules that lead to it. */
export interface ModernSpelling {
  form: string
  kind: SpellingKind
  rules: readonly SpellingRule[]
}

interface Rule {
  rule: SpellingRule
  kind: SpellingKind
  /** Sticky: tried at one position of the word. */
  pattern: RegExp
  replace: (match: string) => string
}

const VOWEL = '[aeiouäöüy]'

const RULES: readonly Rule[] = [
  // 1996: ß after a short vowel became ss (daß, muß, Fluß). Between vowels ß always marked a
  // long one (Maße, grüßen), so it stays there, but for the prefix miß- (Mißerfolg).
  {
    rule: 'ß→ss',
    kind: 'old',
    pattern: new RegExp(`(?<=^[Mm]i)ß|ß(?!${VOWEL})`, 'uy'),
    replace: () => 'ss',
  },
  // An unstressed final -is or -es took ß at the end of a word (Ergebniß, Verhältniß, Kürbiß,
  // indeß): stressed ones took ss (Prozeß, Prozess; Gebiß, Gebiss), and the lexicon tells which.
  {
    rule: 'ß→s',
    kind: 'old',
    pattern: /(?<=\p{L}{2}[ei])ß$/uy,
    replace: () => 's',
  },
  // 1901 dropped the h after t in German words: Theil, Rath, Thür, thun.
  { rule: 'th→t', kind: 'old', pattern: /[Tt]h/uy, replace: (match) => match[0]! },
  // Older texts wrote a long-looking ie where the vowel is short: gieng, fieng, hieng, giebt.
  { rule: 'ie→i', kind: 'old', pattern: /ie(?=ng|b)/uy, replace: () => 'i' },
  // ey for ei: seyn, bey, Freyheit.
  { rule: 'ey→ei', kind: 'old', pattern: /[Ee]y/uy, replace: (match) => `${match[0]}i` },
  // C in loanwords became K or Z (Cultur, Concert, Citrone); ch and ck are still written.
  {
    rule: 'c→k',
    kind: 'old',
    pattern: /[Cc](?![hk])/uy,
    replace: (match) => (match === 'C' ? 'K' : 'k'),
  },
  {
    rule: 'c→z',
    kind: 'old',
    pattern: /[Cc](?![hk])/uy,
    replace: (match) => (match === 'C' ? 'Z' : 'z'),
  },
  // A doubled consonant before another consonant was simplified: sämmtlich, kömmt → kommt is
  // not this rule (a vowel follows); nn and ll likewise (Kenntniß stays).
  { rule: 'mm→m', kind: 'old', pattern: /mm(?=[bcdfghjklpqrstvwxzß])/uy, replace: () => 'm' },
  // A final dt where only t is spoken: todt, Brodt (Stadt and gesandt are still written so,
  // and are read as they stand before any rule is tried).
  { rule: 'dt→t', kind: 'old', pattern: /dt$/uy, replace: () => 't' },
  // A long a written double before a consonant: Waare, Schaafe (Haar, Paar keep it).
  { rule: 'aa→a', kind: 'old', pattern: /aa(?=[bcdfghjklmnpqrstvwxzß])/uy, replace: () => 'a' },
  // Swiss German writes ss for every ß: Strasse, Fuss, heisst.
  { rule: 'ss→ß', kind: 'swiss', pattern: /ss/uy, replace: () => 'ß' },
]

/** At most this many changes in one word: enough for Thürschloß, few enough to stay fast. */
const MAX_SPELLING_CHANGES = 3

interface Variant {
  form: string
  kind?: SpellingKind
  rules: SpellingRule[]
}

/** Every spelling the rules make of `form` (not mixing old and Swiss), with their rules. */
function variants(form: string): Variant[] {
  const out: Variant[] = []
  const walk = (at: number, done: Variant) => {
    if (at >= form.length) {
      if (done.rules.length > 0) out.push(done)
      return
    }
    walk(at + 1, { ...done, form: done.form + form[at] })
    if (done.rules.length >= MAX_SPELLING_CHANGES) return
    for (const rule of RULES) {
      if (done.kind && done.kind !== rule.kind) continue
      rule.pattern.lastIndex = at
      const match = rule.pattern.exec(form)
      if (!match) continue
      walk(at + match[0].length, {
        form: done.form + rule.replace(match[0]),
        kind: rule.kind,
        rules: [...done.rules, rule.rule],
      })
    }
  }
  walk(0, { form: '', rules: [] })
  return out
}

/**
 * Today's spellings of an old or Swiss one, by general rules (ß after a short vowel → ss,
 * th → t, an unstressed final -iß, -eß → -is, -es, ey → ei, ie → i before ng and b, C → K/Z,
 * mm → m before a consonant, final dt → t, aa → a; Swiss ss → ß), keeping only those the
 * lexicon knows: daß → dass, Theil → Teil, gieng → ging, Strasse → Straße. Fewest
 * changes first. Case-sensitive like Morphology.readings: a sentence-initial "Daß" is asked
 * lowercased. A form that is itself a word should be read as such first (Masse is no "Maße").
 */
export function modernSpellings(
  form: string,
  morphology: Pick<Morphology, 'readings'>,
): ModernSpelling[] {
  const found = new Map<string, ModernSpelling>()
  const isWord = (candidate: string) => morphology.readings(candidate).length > 0
  for (const variant of variants(form)) {
    if (variant.form === form) continue
    const known = found.get(variant.form)
    if (known ? known.rules.length <= variant.rules.length : !isWord(variant.form)) continue
    found.set(variant.form, { form: variant.form, kind: variant.kind!, rules: variant.rules })
  }
  return [...found.values()].sort(
    (a, b) => a.rules.length - b.rules.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0),
  )
}

/** A note for a reader or a log: "old spelling of dass", "Swiss spelling of Straße". */
export function describeSpelling(spelling: ModernSpelling): string {
  return `${spelling.kind === 'old' ? 'old' : 'Swiss'} spelling of ${spelling.form}`
}
