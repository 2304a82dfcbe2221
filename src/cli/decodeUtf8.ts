import { at } from '../author/i18n/at';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Bytes read as UTF-8 text, as the authoring page reads a file: a byte-order mark at the start is
 * dropped, and bytes that are not UTF-8 are refused with the page's message naming `name`, rather
 * than read with replacement characters.
 */
export function decodeUtf8(name: string, bytes: Uint8Array): string {
  const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new Error(at('en', 'file.notUtf8', { name }));
  }
}
