import { restrictedGloss } from './labels'

/**
 * A sense as the index stores it (see rankSenses): the labels that restrict it first, then
 * its glosses, each with its own English labels: "[jur.] law court; court".
 */
export interface Sense {
  labels: string[]
  glosses: string[]
}

const LEADING_LABEL = /^\[([^\]]*)\]\s*/u

export function readSense(sense: string): Sense {
  const labels: string[] = []
  let rest = sense
  for (let match = LEADING_LABEL.exec(rest); match; match = LEADING_LABEL.exec(rest)) {
    labels.push(match[1]!)
    rest = rest.slice(match[0].length)
  }
  return { labels, glosses: rest.split('; ').filter(Boolean) }
}

/** A sense's first gloss, without its labels: what a compound's part is glossed with. */
export const firstGloss = (sense: string) => readSense(sense).glosses[0] ?? ''

/** How many glosses the popup shows: enough for the main sense and one or two others. */
export const POPUP_GLOSSES = 3
/** How many of those the first sense may fill when there are others: its synonyms. */
const FIRST_SENSE_GLOSSES = 2

/**
 * The popup's gloss from ranked senses: the first sense's first two glosses, then the first
 * new gloss of each next sense, three in all (the first sense fills them when it is alone).
 * Synonyms are joined by ", " and senses by "; ", as in the curated vocabulary. A gloss with
 * a register or period label shows only when its sense has no other. A later sense shows its
 * labels, which say why it came later ("law court [jur.]"); the first sense's would only
 * repeat its field ("honey [agr.]").
 */
export function popupGloss(senses: readonly string[]): string {
  return popupSenses(senses)
    .map(({ sense, index }) => {
      const labels = index === 0 ? '' : sense.labels.map((label) => ` [${label}]`).join('')
      return sense.glosses.join(', ') + labels
    })
    .join('; ')
}

/**
 * The senses the popup shows, each with only the glosses it shows (see popupGloss): the
 * part of an entry a text's lookups need to send, as "[label] gloss; gloss" lines.
 */
export function shownSenses(senses: readonly string[]): string[] {
  const shown = popupSenses(senses)
  const lines = shown.map(({ sense }) =>
    [...sense.labels.map((label) => `[${label}]`), sense.glosses.join('; ')].join(' '),
  )
  // A first sense with no gloss of its own stays, empty: the next one keeps its labels.
  return shown[0] && shown[0].index > 0 ? ['', ...lines] : lines
}

function popupSenses(senses: readonly string[]): { sense: Sense; index: number }[] {
  const read = senses.map(readSense)
  const first = read.length > 1 ? FIRST_SENSE_GLOSSES : POPUP_GLOSSES
  const shown = new Set<string>()
  const parts: { sense: Sense; index: number }[] = []
  for (const [i, sense] of read.entries()) {
    const room = Math.min(POPUP_GLOSSES - shown.size, i === 0 ? first : 1)
    if (room === 0) break
    const plain = sense.glosses.filter((gloss) => !restrictedGloss(gloss))
    const taken = (plain.length > 0 ? plain : sense.glosses)
      .filter((gloss) => !shown.has(gloss))
      .slice(0, room)
    if (taken.length === 0) continue
    for (const gloss of taken) shown.add(gloss)
    parts.push({ sense: { labels: sense.labels, glosses: taken }, index: i })
  }
  return parts
}
