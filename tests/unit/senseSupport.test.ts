import { describe, expect, it } from 'vitest'
import { senseSupport, supportName } from '@/lib/dictionary/senseSupport'

const lines = [
  'Rost {m} | Rost ansetzen :: rust | to start to rust',
  'Rost {m}; Gitter {n} | Feuerrost {m} :: grate; grating | hearth grate',
  'Rostschutz {m} :: rust protection',
  'rostig {adj} :: rusty',
  'Frost {m} :: frost',
  'Einsatz {m} :: set; use',
  'Satzbau {m} :: sentence structure',
  'bemerken {vt} | bemerkend :: to notice | noticing',
  'unbemerkt {adj} :: unnoticed',
]

describe('how many sub-entries use a word in a sense', () => {
  const support = senseSupport(lines)

  it('counts sub-entries anywhere whose German begins a word with the name and whose English has the gloss', () => {
    // Rost, Rost ansetzen, Rostschutz; not Frost, nor rostig ("rusty" is another stem).
    expect(support(supportName('Rost', false), ['rust'])).toBe(3)
    // Feuerrost ends in the name: a compound's head is not counted, as Einsatz is not Satz.
    expect(support(supportName('Rost', false), ['grate', 'grating'])).toBe(1)
    expect(support(supportName('Satz', false), ['set'])).toBe(0)
    expect(support(supportName('Satz', false), ['sentence'])).toBe(1)
  })

  it('finds a verb by its stem, and needs every word of a gloss', () => {
    expect(supportName('bemerken', true)).toBe('bemerk')
    expect(support('bemerk', ['to notice sb./sth.'])).toBe(2)
    expect(support('rost', ['rust protection'])).toBe(1)
  })
})
