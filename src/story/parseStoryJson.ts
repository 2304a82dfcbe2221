import { STORY_LIMITS } from './storyLimits';

/** The outcome of parsing story text: plain data (not yet validated), or a message for the reader. */
export type ParsedJson = { ok: true; data: unknown } | { ok: false; error: string };

/**
 * Parses story JSON text, refusing before parsing what is too big (`byteLength` over
 * STORY_LIMITS.bytes; it defaults to the text's length, a lower bound of its UTF-8 size) or what
 * is a web page rather than JSON; a syntax error becomes a message, never a throw.
 */
export function parseStoryJson(text: string, byteLength = text.length): ParsedJson {
  if (byteLength > STORY_LIMITS.bytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    return { ok: false, error: `The story is too big (${mb(byteLength)} MB; the limit is ${mb(STORY_LIMITS.bytes)} MB).` };
  }
  const start = text.trimStart();
  if (start === '') return { ok: false, error: 'The story is empty.' };
  if (start.startsWith('<')) return { ok: false, error: 'This is a web page (HTML), not story JSON: check the address.' };
  try {
    const data: unknown = JSON.parse(text);
    return { ok: true, data };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The story is not valid JSON (${reason.slice(0, 200)}).` };
  }
}
