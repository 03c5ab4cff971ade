import { BookError } from './bookError'
import { resolveHref } from './paths'
import { descendants, first, parseXml } from './xml'

export const ENCRYPTION = 'META-INF/encryption.xml'

/**
 * Refuses a book whose text is encrypted (DRM). `META-INF/encryption.xml` also lists fonts
 * obfuscated by the IDPF's or Adobe's algorithm so that they cannot be lifted out of the
 * book; that alone is not DRM, and such a book imports. Any other encrypted file that is a
 * content document, the navigation or the table of contents makes the book unreadable.
 */
export function checkEncryption(xml: string, readable: Set<string>) {
  for (const data of descendants(parseXml(xml, ENCRYPTION), 'EncryptedData')) {
    const uri = first(data, 'CipherReference')?.attributes.URI
    if (!uri) continue
    const path = resolveHref('', uri)
    if (readable.has(path))
      throw new BookError('drm', { file: path, reason: 'the text is encrypted' })
  }
}
