import { describe, expect, it } from 'vitest'
import { serverSources } from '@/lib/analysis/serverSources'
import { bookLemmas } from '@/lib/analysis/worker/bookWords'
import { getLexiconFromFile } from '@/lib/vocabulary/load'

const sources = serverSources(getLexiconFromFile('en'))

describe('a book’s lemmas, counted at import', () => {
  it('counts each form’s lemma as often as the form occurs in running text, notes left out', () => {
    const steps: [number, number][] = []
    const lemmas = bookLemmas(
      [
        [
          { kind: 'heading', text: 'Honig' },
          { kind: 'paragraph', text: 'Der Imker schleudert den Honig. Honig ist süß.' },
        ],
        [
          { kind: 'paragraph', text: 'Die Imker lachen.' },
          { kind: 'note', text: 'Imker Imker Imker' },
        ],
      ],
      sources,
      (done, total) => steps.push([done, total]),
    )
    expect(lemmas.Imker).toBe(2)
    expect(lemmas.Honig).toBe(3)
    expect(steps.at(-1)![0]).toBe(steps.at(-1)![1])
  })
})
