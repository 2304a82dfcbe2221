import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One input line: an article to extract, or the reason the line could not be read. */
export type JsonlLine = { id: string; text: string; date?: string } | { id: string; error: string };

/** Reads `{id, text, date}` lines from a file or stdin; a bad line becomes an error entry, never a dead batch. */
export async function* readJsonl(file: string | undefined): AsyncGenerator<JsonlLine> {
  const input = file ? createReadStream(file, 'utf8') : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    yield narrowLine(raw, n);
  }
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
