// Scaffolds a new text: content/<slug>/de.md and en.md with their front matter, for an
// editor to fill in. Then: npm run vocab:suggest -- <slug>, and npm run vocab:check.
// Usage: npm run text:new -- <slug> [level]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const [slug, level = 'B1'] = process.argv.slice(2)
if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(slug)) {
  console.error(
    'usage: npm run text:new -- <slug> [A1–C2]   (slug: lower-case letters, digits and -)',
  )
  process.exit(1)
}
if (!/^[ABC][12]$/u.test(level)) {
  console.error(`${level}: the level is one of A1, A2, B1, B2, C1, C2`)
  process.exit(1)
}
const folder = path.join('content', slug)
if (existsSync(folder)) {
  console.error(`${folder} already exists: nothing was written`)
  process.exit(1)
}
mkdirSync(folder, { recursive: true })
const today = new Date().toISOString().slice(0, 10)
writeFileSync(
  path.join(folder, 'de.md'),
  `---
title: ""
level: ${level}
source: ""
date: "${today}"
licence: ""
---

## Überschrift

Erster Absatz.
`,
)
writeFileSync(
  path.join(folder, 'en.md'),
  `---
title: ""
translator: ""
licence: ""
---

## Heading

First paragraph.
`,
)
console.log(`${folder}/de.md and en.md written. Fill in the front matter and the blocks (one English
block per German block), then: npm run vocab:suggest -- ${slug}, review the drafts, and
npm run vocab:check until it says OK.`)
