import { parseStoryJson } from './parseStoryJson';
import { STORY_LIMITS } from './storyLimits';

/** How long a story address may take to answer, in milliseconds, before the reader is told. */
export const STORY_TIMEOUT_MS = 20_000;

/** The message for a story address that sent nothing for `timeoutMs`, starting with `value`. */
export function noAnswerMessage(value: string, timeoutMs: number): string {
  const seconds = Math.round(timeoutMs / 1000);
  return `${value}: no answer after ${seconds} second${seconds === 1 ? '' : 's'}; the server may be down or slow. Try again later.`;
}

/** Options for {@link fetchStoryText}. */
export interface FetchTextOptions {
  /** Give up when no byte has arrived for this long, in ms (default STORY_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Bytes read so far, and the size the server declared (null when it did not). */
  onProgress?: (loaded: number, total: number | null) => void;
  /** Stops the request (the reader cancelled). */
  signal?: AbortSignal;
}

/**
 * Fetches story text from `url` (the caller has checked its origin), refusing with a message that
 * starts with `value` (the address as the reader gave it): a redirect to another origin, an HTTP error, a web page instead of
 * JSON, a body over STORY_LIMITS.bytes (refused from its declared size, or reading stops), or no
 * data for `timeoutMs` (the wait starts again with every chunk, so a big story on a slow line is
 * not cut off while it is still coming).
 */
export async function fetchStoryText(url: URL, value: string, options: FetchTextOptions = {}): Promise<{ text: string; bytes: number }> {
  const timeoutMs = options.timeoutMs ?? STORY_TIMEOUT_MS;
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort());
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  wait();
  try {
    const response = await fetch(url, { credentials: 'same-origin', redirect: 'follow', signal: controller.signal });
    // fetch follows redirects before script sees them: an address on an allowed site that sends the
    // request on to another one (an open redirect) must not load that site's story. (A synthetic
    // response has no url; it was not redirected.)
    const landed = response.url === '' ? url.origin : new URL(response.url).origin;
    if (landed !== url.origin) {
      controller.abort();
      throw new Error(`${value}: the server sent the request on to another site (${landed}); only a story at the address's own site is opened.`);
    }
    if (!response.ok) throw new Error(`${value}: the server answered HTTP ${response.status}${response.status === 404 ? ' (not found): check the address' : ''}.`);
    if (/\bhtml\b/i.test(response.headers.get('content-type') ?? '')) throw new Error(`${value}: the server sent a web page (HTML), not story JSON: check the address.`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > STORY_LIMITS.bytes) throw new Error(`${value}: ${tooBig(declared)}`);
    const body = await readLimited(response, controller, (loaded) => {
      wait();
      options.onProgress?.(loaded, declared > 0 ? declared : null);
    });
    if (body === null) throw new Error(`${value}: ${tooBig()}`);
    return body;
  } catch (e) {
    if (timedOut) throw new Error(noAnswerMessage(value, timeoutMs), { cause: e });
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches story JSON from `url` with {@link fetchStoryText} and parses it; invalid JSON is refused
 * with a message that starts with `value`. Returns plain data, not yet validated.
 */
export async function fetchStoryJson(url: URL, value: string, timeoutMs = STORY_TIMEOUT_MS): Promise<unknown> {
  const body = await fetchStoryText(url, value, { timeoutMs });
  const parsed = parseStoryJson(body.text, body.bytes);
  if (!parsed.ok) throw new Error(`${value}: ${parsed.error}`);
  return parsed.data;
}

function tooBig(bytes?: number): string {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `the story is too big (${bytes !== undefined ? mb(bytes) : `over ${mb(STORY_LIMITS.bytes)}`}; the limit is ${mb(STORY_LIMITS.bytes)}).`;
}

/** Reads the body as UTF-8, stopping (and aborting the request) once it passes STORY_LIMITS.bytes; `null` when it did. */
async function readLimited(response: Response, controller: AbortController, onBytes: (loaded: number) => void): Promise<{ text: string; bytes: number } | null> {
  if (!response.body) {
    const text = await response.text();
    return { text, bytes: text.length };
  }
  const reader = response.body.getReader();
  // An abort (timeout, Cancel) must end a read that is waiting for data, whatever the body's source.
  const stop = (): void => void reader.cancel().catch(() => undefined);
  controller.signal.addEventListener('abort', stop);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (controller.signal.aborted) throw new Error('The request was stopped.');
    if (done) break;
    bytes += value.byteLength;
    if (bytes > STORY_LIMITS.bytes) {
      controller.abort();
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
    onBytes(bytes);
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}
