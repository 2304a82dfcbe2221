import { parseStoryJson } from './parseStoryJson';
import { STORY_LIMITS } from './storyLimits';

/** How long a story address may take to answer, in milliseconds, before the reader is told. */
export const STORY_TIMEOUT_MS = 20_000;

/**
 * Fetches story JSON from `url` (the caller has checked its origin), refusing with a message that
 * starts with `value` (the address as the reader gave it): an HTTP error, a web page instead of
 * JSON, a body over STORY_LIMITS.bytes (stops reading), invalid JSON, or no answer within
 * `timeoutMs` (aborted). Returns plain data, not yet validated.
 */
export async function fetchStoryJson(url: URL, value: string, timeoutMs = STORY_TIMEOUT_MS): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal: controller.signal });
    if (!response.ok) throw new Error(`${value}: the server answered HTTP ${response.status}${response.status === 404 ? ' (not found): check the address' : ''}.`);
    if (/\bhtml\b/i.test(response.headers.get('content-type') ?? '')) throw new Error(`${value}: the server sent a web page (HTML), not story JSON: check the address.`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > STORY_LIMITS.bytes) throw new Error(`${value}: ${tooBig(declared)}`);
    const body = await readLimited(response, controller);
    if (body === null) throw new Error(`${value}: ${tooBig()}`);
    const parsed = parseStoryJson(body.text, body.bytes);
    if (!parsed.ok) throw new Error(`${value}: ${parsed.error}`);
    return parsed.data;
  } catch (e) {
    if (controller.signal.aborted && !(e instanceof Error && e.message.startsWith(value))) {
      const seconds = Math.round(timeoutMs / 1000);
      throw new Error(`${value}: no answer after ${seconds} second${seconds === 1 ? '' : 's'}; the server may be down or slow. Try again later.`, { cause: e });
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(bytes?: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `the story is too big (${bytes !== undefined ? mb(bytes) : `over ${mb(STORY_LIMITS.bytes)}`}; the limit is ${mb(STORY_LIMITS.bytes)}).`;
}

/** Reads the body as UTF-8, stopping (and aborting the request) once it passes STORY_LIMITS.bytes; `null` when it did. */
async function readLimited(response: Response, controller: AbortController): Promise<{ text: string; bytes: number } | null> {
  if (!response.body) {
    const text = await response.text();
    return { text, bytes: text.length };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > STORY_LIMITS.bytes) {
      controller.abort();
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}
