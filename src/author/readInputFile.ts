import { STORY_LIMITS } from '../story/storyLimits';
import { stripMarkup } from './stripMarkup';

/** The largest article file accepted, in bytes (an HTML page may carry a little markup). */
export const MAX_ARTICLE_FILE_BYTES = 6 * 1024 * 1024;

/** What a chosen or dropped file turned out to be: article text, data for an importer, or a message. */
export type InputFile =
  | { kind: 'article'; name: string; text: string }
  | { kind: 'data'; name: string; text: string }
  | { kind: 'error'; message: string };

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (or a Word/OpenDocument file)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Excel file'],
];

/** A size in words: "7.2 MB", "830 KB". */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

const ext = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Decides what a file's bytes are: refuses binary files (naming PDFs, images, Word files),
 * files too big (saying the size) and text that is not UTF-8; strips markup from HTML; passes
 * JSON, GeoJSON and CSV on to the importers.
 */
export function decodeInputFile(name: string, bytes: Uint8Array): InputFile {
  const e = ext(name);
  const data = ['json', 'geojson', 'csv'].includes(e);
  const limit = data ? STORY_LIMITS.bytes : MAX_ARTICLE_FILE_BYTES;
  if (bytes.length > limit) return { kind: 'error', message: `"${name}" is ${formatBytes(bytes.length)}; ${data ? 'story files' : 'article files'} are limited to ${formatBytes(limit)}.` };
  if (bytes.length === 0) return { kind: 'error', message: `"${name}" is empty.` };
  const magic = MAGIC.find(([sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) return { kind: 'error', message: `"${name}" is ${magic[1]}, not text: save the article as plain text (.txt) or a web page (.html) and try again.` };
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return { kind: 'error', message: `"${name}" is a binary file, not text: choose a .txt, .html or story .json file.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { kind: 'error', message: `"${name}" is not UTF-8 text: save it as UTF-8 and try again.` };
  }
  const start = text.trimStart();
  if (data || ((e === '' || !['txt', 'text', 'md', 'html', 'htm', 'xhtml'].includes(e)) && /^[[{]/.test(start))) return { kind: 'data', name, text };
  if (['html', 'htm', 'xhtml'].includes(e) || (e !== 'txt' && /^<(!doctype|html|head|body|article|p|div)\b/i.test(start))) {
    const stripped = stripMarkup(text);
    if (stripped === '') return { kind: 'error', message: `"${name}" has no readable text once its markup is removed.` };
    return { kind: 'article', name, text: stripped };
  }
  return { kind: 'article', name, text };
}

/** Reads a chosen or dropped file and decodes it with {@link decodeInputFile}; never throws. */
export async function readInputFile(file: File): Promise<InputFile> {
  const limit = Math.max(STORY_LIMITS.bytes, MAX_ARTICLE_FILE_BYTES);
  // Refuse the hopeless before reading a huge file into memory.
  if (file.size > limit) return { kind: 'error', message: `"${file.name}" is ${formatBytes(file.size)}; files are limited to ${formatBytes(limit)}.` };
  try {
    return decodeInputFile(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    return { kind: 'error', message: `"${file.name}" could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
}
