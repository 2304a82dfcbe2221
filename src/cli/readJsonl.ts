import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { decodeUtf8 } from './decodeUtf8';

/** One input line: an article to extract, or the reason the line could not be read. */
export type JsonlLine = { id: string; text: string; date?: string } | { id: string; error: string };

/**
 * The longest JSONL line read, in bytes (64 MB): it holds any article the article limit accepts
 * (6,000,000 characters) even written all in `\u` escapes, and stays far below the largest string
 * Node can hold (512 MB), where one line used to crash the batch.
 */
export const MAX_JSONL_LINE_BYTES = 64 * 1024 * 1024;

/** Options for {@link readJsonl}. */
export interface ReadJsonlOptions {
  /** The longest line read, in bytes (default {@link MAX_JSONL_LINE_BYTES}); a longer one becomes an error entry. */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;
const size = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB` : `${n.toLocaleString('en')} bytes`);

/**
 * Reads `{id, text, date}` lines from a file or stdin; a bad line becomes an error entry, never a
 * dead batch. Lines are split as bytes, so a line past `maxLineBytes` is skipped to its end without
 * being held (only its opening bytes are kept, to name its id); each line is decoded as UTF-8 on its
 * own, a byte-order mark at its start dropped and bytes that are not UTF-8 refused.
 */
export async function* readJsonl(file: string | undefined, options: ReadJsonlOptions = {}): AsyncGenerator<JsonlLine> {
  const max = options.maxLineBytes ?? MAX_JSONL_LINE_BYTES;
  const name = file ? basename(file) : 'stdin';
  const input: AsyncIterable<Buffer> = file ? createReadStream(file) : process.stdin;
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  let n = 0;
  const finish = (): JsonlLine | null => {
    n++;
    const line = length > max ? overLimit(Buffer.concat(parts), length, max, n) : readLine(name, Buffer.concat(parts), n);
    parts = [];
    held = 0;
    length = 0;
    return line;
  };
  const keep = (bytes: Buffer): void => {
    const before = length;
    length += bytes.length;
    if (length <= max) {
      parts.push(bytes);
      held += bytes.length;
      return;
    }
    // Past the limit only the opening bytes stay, to name the line's id; the rest is let go.
    if (before <= max && held > ID_PEEK) {
      parts = [Buffer.from(Buffer.concat(parts).subarray(0, ID_PEEK))];
      held = ID_PEEK;
    }
    if (held < ID_PEEK) {
      const opening = Buffer.from(bytes.subarray(0, ID_PEEK - held));
      parts.push(opening);
      held += opening.length;
    }
  };
  for await (const chunk of input) {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      keep(chunk.subarray(from, nl));
      from = nl + 1;
      const line = finish();
      if (line) yield line;
    }
    if (from < chunk.length) keep(chunk.subarray(from));
  }
  if (length > 0) {
    const line = finish();
    if (line) yield line;
  }
}

/** How many opening bytes of an over-long line are kept to find its id. */
const ID_PEEK = 1024;
const OPENING_ID = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,200})"|(-?\d{1,20}))/;

/** The error entry for a line past the limit, named by its id when the line opens with one. */
function overLimit(opening: Buffer, length: number, max: number, lineNumber: number): JsonlLine {
  const m = OPENING_ID.exec(opening.toString('utf8'));
  let id = `line ${lineNumber}`;
  if (m?.[2] !== undefined) id = m[2];
  else if (m?.[1] !== undefined) {
    try {
      id = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      // An id with a broken escape names nothing: the line number does.
    }
  }
  return { id, error: `line ${lineNumber}: ${size(length)}; the limit for one line is ${size(max)}` };
}

/** One whole line's bytes as an entry; null for a blank line. */
function readLine(name: string, bytes: Buffer, lineNumber: number): JsonlLine | null {
  const body = bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
  let raw: string;
  try {
    raw = decodeUtf8(name, body);
  } catch (e) {
    return { id: `line ${lineNumber}`, error: `line ${lineNumber}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (raw.trim() === '') return null;
  return narrowLine(raw, lineNumber);
}

/** Narrows one JSON line to an article, or to a message naming what is wrong with it. */
export function narrowLine(raw: string, lineNumber: number): JsonlLine {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { id: `line ${lineNumber}`, error: `line ${lineNumber}: not valid JSON` };
  }
  if (typeof data !== 'object' || data === null) return { id: `line ${lineNumber}`, error: `line ${lineNumber}: not a JSON object` };
  const rec = data as Record<string, unknown>;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : `line ${lineNumber}`;
  if (typeof rec.text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  const date = typeof rec.date === 'string' ? rec.date : typeof rec.dct === 'string' ? rec.dct : undefined;
  return date === undefined ? { id, text: rec.text } : { id, text: rec.text, date: date.slice(0, 10) };
}
