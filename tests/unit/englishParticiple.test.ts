import { describe, expect, it } from 'vitest'
import { participleAdjectiveGloss, participleGloss } from '@/lib/dictionary/englishParticiple'

describe('English participles of verb glosses', () => {
  it('makes past and present participles, regular and irregular', () => {
    expect(participleGloss('to use sth.', 'past')).toBe('used')
    expect(participleGloss('to break sth.', 'past')).toBe('broken')
    expect(participleGloss('to stop', 'past')).toBe('stopped')
    expect(participleGloss('to carry', 'past')).toBe('carried')
    expect(participleGloss('to rise', 'present')).toBe('rising')
    expect(participleGloss('to go up', 'present')).toBe('going up')
    expect(participleGloss('to begin', 'present')).toBe('beginning')
    expect(participleGloss('to die away', 'present')).toBe('dying away')
  })

  it('glosses a participle adjective from its verb’s senses, leaving out non-verbs', () => {
    expect(participleAdjectiveGloss(['to break sth.; to fragment', 'break-up'], 'past')).toBe(
      'broken; fragmented',
    )
    expect(participleAdjectiveGloss(['breakage'], 'past')).toBeUndefined()
  })
})
