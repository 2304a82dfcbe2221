import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedSources, urlSource } from '../../src/app/storySources';
import { STORY_LIMITS } from '../../src/story/storyLimits';

describe('storySources', () => {
  it('accepts a ?story= address on the page\'s own origin, relative or absolute', () => {
    expect(urlSource('fixtures/sample.story.json', 'http://127.0.0.1:5173/')?.label).toBe('sample');
    expect(urlSource('http://127.0.0.1:5173/x/a.story.json', 'http://127.0.0.1:5173/')).not.toBeNull();
  });

  it('refuses any other origin, including protocol-relative and other ports', () => {
    expect(urlSource('https://example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('//example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('http://127.0.0.1:9999/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('javascript:alert(1)', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('/\\example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
    expect(urlSource('\\\\example.com/a.json', 'http://127.0.0.1:5173/')).toBeNull();
  });

  it('lists the seed stories by file name, sorted', () => {
    const ids = seedSources().map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^seeds\/.+\.story\.json$/);
  });
});

describe('urlSource loading', () => {
  const load = (): Promise<unknown> => {
    const source = urlSource('s.story.json', 'http://127.0.0.1:5173/', 1000);
    if (!source) throw new Error('refused');
    return source.load();
  };

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('refuses a story whose declared size is over 50 MB without reading it', async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => Promise.reject(new Error('the body must not be read')) });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { headers: { 'content-length': String(80 * 1024 * 1024) } })));
    await expect(load()).rejects.toThrow('s.story.json: the story is too big (80.0 MB; the limit is 50.0 MB).');
  });

  it('stops reading a story that turns out to be over 50 MB', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body)));
    await expect(load()).rejects.toThrow('s.story.json: the story is too big (over 50.0 MB; the limit is 50.0 MB).');
    expect(sent).toBeLessThanOrEqual(STORY_LIMITS.bytes + 2 * chunk.byteLength);
  });

  it('gives up on a server that never answers after the timeout, and says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: URL, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const loading = load();
    const check = expect(loading).rejects.toThrow('s.story.json: no answer after 1 second; the server may be down or slow. Try again later.');
    await vi.advanceTimersByTimeAsync(1000);
    await check;
  });

  it('returns the parsed data of a good answer', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"format":"dateline/1"}', { headers: { 'content-type': 'application/json' } })));
    await expect(load()).resolves.toEqual({ format: 'dateline/1' });
  });

  const answer = (url: string): Response => {
    const response = new Response('{"format":"dateline/1"}', { headers: { 'content-type': 'application/json' } });
    // What the browser reports after following redirects: the address the answer came from.
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };

  it('refuses a story the server redirected to another origin', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(answer('https://evil.example/story.json')));
    await expect(load()).rejects.toThrow('s.story.json: the server sent the request on to another site (https://evil.example)');
  });

  it('follows a redirect within the same origin', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(answer('http://127.0.0.1:5173/moved/s.story.json')));
    await expect(load()).resolves.toEqual({ format: 'dateline/1' });
  });
});

