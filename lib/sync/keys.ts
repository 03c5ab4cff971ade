import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import { fromBase64Url, toBase64Url, toHex } from './base64url'

/** The sync key's length: 256 random bits, as long as the AES key it becomes. */
export const SYNC_KEY_BYTES = 32
const SPACE_ID_BYTES = 16
const TOKEN_BYTES = 32
/** Separates the key's uses: the same key never serves two purposes. */
const HKDF_SALT = new TextEncoder().encode('zweiklang-sync-v1')

/** What a device derives from the sync key; only `spaceId` and `token` ever leave it. */
export interface SpaceKeys {
  /** The space's name on the server: 16 bytes as hex. */
  spaceId: string
  /** Proves the device holds the key; the server keeps only its hash. */
  token: string
  /** Encrypts every record (AES-GCM, 256 bits). */
  encryption: CryptoKey
  /** Names every record: HMAC-SHA256 of table and local key, so no lemma is an id. */
  naming: CryptoKey
}

export function generateSyncKey(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SYNC_KEY_BYTES))
}

async function derive(base: CryptoKey, info: string, bytes: number): Promise<Uint8Array> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: new TextEncoder().encode(info) },
    base,
    bytes * 8,
  )
  return new Uint8Array(bits)
}

export async function deriveSpaceKeys(syncKey: Uint8Array<ArrayBuffer>): Promise<SpaceKeys> {
  const base = await crypto.subtle.importKey('raw', syncKey, 'HKDF', false, ['deriveBits'])
  const [space, token, encryption, naming] = await Promise.all([
    derive(base, 'space', SPACE_ID_BYTES),
    derive(base, 'token', TOKEN_BYTES),
    derive(base, 'encryption', SYNC_KEY_BYTES),
    derive(base, 'naming', SYNC_KEY_BYTES),
  ])
  return {
    spaceId: toHex(space),
    token: toBase64Url(token),
    encryption: await crypto.subtle.importKey(
      'raw',
      encryption as Uint8Array<ArrayBuffer>,
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    ),
    naming: await crypto.subtle.importKey(
      'raw',
      naming as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    ),
  }
}

/** A record's id on the server: 43 base64url characters that say nothing of the record. */
export async function recordId(keys: SpaceKeys, table: string, key: string): Promise<string> {
  const name = new TextEncoder().encode(`${table}\u0000${key}`)
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', keys.naming, name)))
}

/**
 * The key as 24 words of the BIP 39 English list: 11 bits a word and an 8-bit SHA-256
 * checksum, so a mistyped or swapped word is caught (255 in 256) before anything is sent.
 * Every word is known by its first four letters, and the list avoids look-alikes.
 */
export function keyToWords(syncKey: Uint8Array): string[] {
  return entropyToMnemonic(syncKey, wordlist).split(' ')
}

export type KeyInputProblem = 'empty' | 'unknownWord' | 'wordCount' | 'checksum' | 'format'

export class KeyInputError extends Error {
  override name = 'KeyInputError'
  constructor(
    readonly problem: KeyInputProblem,
    readonly word?: string,
  ) {
    super(word ? `${problem}: ${word}` : problem)
  }
}

const KEY_WORDS = 24
const LINK_KEY = /#key=([A-Za-z0-9_-]+)/

/** The key in a join link's fragment: `/{lng}/sync#key=…`. */
export function joinLink(origin: string, lng: string, syncKey: Uint8Array): string {
  return `${origin}/${lng}/sync#key=${toBase64Url(syncKey)}`
}

/** The key in a link's fragment (`#key=…`), or undefined. */
export function keyFromFragment(fragment: string): Uint8Array<ArrayBuffer> | undefined {
  const encoded = LINK_KEY.exec(fragment)?.[1]
  const bytes = encoded ? fromBase64Url(encoded) : undefined
  return bytes?.length === SYNC_KEY_BYTES ? bytes : undefined
}

/**
 * Reads what a reader typed or pasted: the 24 words (any case, spaces, commas or line
 * breaks between them), or a whole join link. A typo is named, never sent to the server.
 */
export function parseKeyInput(input: string): Uint8Array<ArrayBuffer> {
  const text = input.trim()
  if (!text) throw new KeyInputError('empty')
  if (text.includes('#key=')) {
    const key = keyFromFragment(text)
    if (!key) throw new KeyInputError('format')
    return key
  }
  const words = text
    .toLowerCase()
    .split(/[\s,.;]+/)
    .filter(Boolean)
  const known = new Set(wordlist)
  const unknown = words.find((word) => !known.has(word))
  if (unknown) throw new KeyInputError('unknownWord', unknown)
  if (words.length !== KEY_WORDS) throw new KeyInputError('wordCount')
  try {
    return mnemonicToEntropy(words.join(' '), wordlist) as Uint8Array<ArrayBuffer>
  } catch {
    throw new KeyInputError('checksum')
  }
}
