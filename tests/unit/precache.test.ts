import { describe, expect, it } from 'vitest'
import { precacheList } from '@/lib/offline/precache'

describe('the service worker’s precache list', () => {
  const list = precacheList(
    ['chunks/b.js', 'chunks/a.css', 'chunks/a.js.map', 'build-1/_buildManifest.js'],
    ['/icons/icon.svg'],
  )

  it('has the shell of both languages, the curated vocabulary, manifests and icons', () => {
    for (const lng of ['en', 'de'])
      for (const page of ['', '/words', '/review', '/import', '/mine', '/book', '/offline'])
        expect(list).toContain(`/${lng}${page}`)
    expect(list).toEqual(
      expect.arrayContaining([
        '/vocabulary.json',
        '/en/manifest.webmanifest',
        '/de/manifest.webmanifest',
        '/icons/icon.svg',
      ]),
    )
  })

  it('has every build file except source maps, once, in a stable order', () => {
    const assets = list.filter((url) => url.startsWith('/_next/static/'))
    expect(assets).toEqual([
      '/_next/static/build-1/_buildManifest.js',
      '/_next/static/chunks/a.css',
      '/_next/static/chunks/b.js',
    ])
    expect(new Set(list).size).toBe(list.length)
  })

  it('holds no text: texts are stored when they are opened', () => {
    expect(list.some((url) => url.includes('/read/') || url.includes('/texts/'))).toBe(false)
  })
})
