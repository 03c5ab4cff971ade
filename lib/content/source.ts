// What a text's source is before it is parsed, shared by the content files and the import:
// apart from `parse.ts`, so that the import page's code does not carry the YAML parser (some
// 100 KB, a 34 ms task to evaluate on this machine when a book was chosen).

// A long chapter is still far below this; a block beyond it is a missing blank line or a
// pasted file, and would make one unreadable, slow-to-render paragraph.
export const MAX_BLOCK_LENGTH = 20_000

/** CRLF, lone CR, a BOM and decomposed characters all read as the same text. */
export function normalizeSource(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
}
