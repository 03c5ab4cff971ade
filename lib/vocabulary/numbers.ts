const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
const TEENS = [
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
]
const TENS = [
  '',
  '',
  'zwanzig',
  'dreißig',
  'vierzig',
  'fünfzig',
  'sechzig',
  'siebzig',
  'achtzig',
  'neunzig',
]

function below100(n: number): string {
  if (n < 10) return ONES[n]!
  if (n < 20) return TEENS[n - 10]!
  const ones = n % 10
  const tens = TENS[Math.floor(n / 10)]!
  // 21 reads einundzwanzig: "eins" loses its s before "und".
  return ones === 0 ? tens : `${ones === 1 ? 'ein' : ONES[ones]}und${tens}`
}

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const head = hundreds === 0 ? '' : `${hundreds === 1 ? 'ein' : ONES[hundreds]}hundert`
  return rest === 0 && hundreds > 0 ? head : head + below100(rest)
}

/**
 * How a whole number from 0 to 999,999 is read in German, as one word
 * (2019 → zweitausendneunzehn). Years from 1100 to 1999 are read in hundreds
 * (1989 → neunzehnhundertneunundachtzig). Undefined outside that range.
 */
export function germanNumberWords(n: number, { year = false } = {}): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined
  if (year && n >= 1100 && n <= 1999) {
    const rest = n % 100
    return `${below100(Math.floor(n / 100))}hundert${rest === 0 ? '' : below100(rest)}`
  }
  if (n < 1000) return below1000(n)
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  const head = `${below1000(thousands).replace(/eins$/u, 'ein')}tausend`
  return rest === 0 ? head : head + below1000(rest)
}

/** A four-digit number from 1000 to 2099 is most likely a year in running text. */
export function looksLikeYear(text: string): boolean {
  return /^(?:1\d{3}|20\d{2})$/u.test(text)
}
