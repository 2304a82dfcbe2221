import type { Lang } from '../i18n/languages';
import { STORY_LIMITS } from '../story/storyLimits';
import { at } from './i18n/at';
import type { AuthorKey } from './i18n/authorMessages';
import { MAX_MARKUP_DEPTH, stripMarkup } from './stripMarkup';

/** The largest article file accepted, in bytes (an HTML page may carry a little markup). */
export const MAX_ARTICLE_FILE_BYTES = 6 * 1024 * 1024;

/** What a chosen or dropped file turned out to be: article text, data for an importer, or a message. */
export type InputFile =
  | { kind: 'article'; name: string; text: string }
  | { kind: 'data'; name: string; text: string }
  | { kind: 'error'; message: string };

const MAGIC: [number[], AuthorKey][] = [
  [[0x25, 0x50, 0x44, 0x46], 'file.pdf'],
  [[0x50, 0x4b, 0x03, 0x04], 'file.zip'],
  [[0x89, 0x50, 0x4e, 0x47], 'file.png'],
  [[0xff, 0xd8, 0xff], 'file.jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'file.gif'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'file.oldOffice'],
];

/** A size in words in `lang` (default English): "7.2 MB", "830 KB"; "7,2 Mo" in French. */
export function formatBytes(n: number, lang: Lang = 'en'): string {
  if (n >= 1024 * 1024) return at(lang, 'file.megabytes', { size: (n / 1024 / 1024).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  return at(lang, 'file.kilobytes', { size: Math.max(1, Math.round(n / 1024)).toLocaleString(lang) });
}

const ext = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Decides what a file's bytes are: refuses binary files (naming PDFs, images, Word files),
 * files too big (saying the size) and text that is not UTF-8; strips markup from HTML (refusing a
 * page nested past MAX_MARKUP_DEPTH); passes JSON, GeoJSON and CSV on to the importers. Messages
 * are in `lang` (default English). It needs no DOM, so the import worker runs it.
 */
export function decodeInputFile(name: string, bytes: Uint8Array, lang: Lang = 'en'): InputFile {
  const e = ext(name);
  const data = ['json', 'geojson', 'csv'].includes(e);
  const limit = data ? STORY_LIMITS.bytes : MAX_ARTICLE_FILE_BYTES;
  const error = (key: AuthorKey, params: Record<string, string> = {}): InputFile => ({ kind: 'error', message: at(lang, key, { name, ...params }) });
  if (bytes.length > limit) return error(data ? 'file.tooBigStory' : 'file.tooBigArticle', { size: formatBytes(bytes.length, lang), limit: formatBytes(limit, lang) });
  if (bytes.length === 0) return error('file.empty');
  const magic = MAGIC.find(([sig]) => sig.every((b, i) => bytes[i] === b));
  if (magic) return error('file.notText', { what: at(lang, magic[1]) });
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) return error('file.binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return error('file.notUtf8');
  }
  const start = text.trimStart();
  if (data || ((e === '' || !['txt', 'text', 'md', 'html', 'htm', 'xhtml'].includes(e)) && /^[[{]/.test(start))) return { kind: 'data', name, text };
  if (['html', 'htm', 'xhtml'].includes(e) || (e !== 'txt' && /^<(!doctype|html|head|body|article|p|div)\b/i.test(start))) {
    const stripped = stripMarkup(text);
    if (!stripped.ok) return error('file.tooDeep', { depth: stripped.depth.toLocaleString(lang), limit: MAX_MARKUP_DEPTH.toLocaleString(lang) });
    if (stripped.text === '') return error('file.noText');
    return { kind: 'article', name, text: stripped.text };
  }
  return { kind: 'article', name, text };
}

/** Reads a chosen or dropped file and decodes it with {@link decodeInputFile}, messages in `lang`; never throws. */
export async function readInputFile(file: File, lang: Lang = 'en'): Promise<InputFile> {
  const limit = Math.max(STORY_LIMITS.bytes, MAX_ARTICLE_FILE_BYTES);
  // Refuse the hopeless before reading a huge file into memory.
  if (file.size > limit) return { kind: 'error', message: at(lang, 'file.tooBig', { name: file.name, size: formatBytes(file.size, lang), limit: formatBytes(limit, lang) }) };
  try {
    return decodeInputFile(file.name, new Uint8Array(await file.arrayBuffer()), lang);
  } catch (e) {
    return { kind: 'error', message: at(lang, 'file.unreadable', { name: file.name, reason: e instanceof Error ? e.message : String(e) }) };
  }
}
