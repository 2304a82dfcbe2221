import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INLINE_MAX_CHARS, loadStory } from '../../src/story/loadStory';
import { runStoryJob } from '../../src/story/runStoryJob';
import { readStoryJob, type StoryProgress, type StoryReply } from '../../src/story/storyWorkerMessages';

const sample = readFileSync('tests/fixtures/sample.story.json', 'utf8');
/** The sample story padded (with spaces) past the inline limit, so it goes to the worker. */
const big = sample + ' '.repeat(INLINE_MAX_CHARS);
const title = (JSON.parse(sample) as { meta: { title: string } }).meta.title;

/** A stand-in for the story worker: runs the real job in this thread, or stays silent, or fails to start. */
class FakeWorker extends EventTarget {
  terminated = false;
  jobs: unknown[] = [];
  constructor(private readonly mode: 'run' | 'silent' | 'broken' = 'run') {
    super();
  }
  postMessage(data: unknown): void {
    this.jobs.push(data);
    if (this.mode === 'broken') return void setTimeout(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: 'blocked' })), 0);
    const job = readStoryJob(data);
    if (!job || this.mode === 'silent') return;
    setTimeout(() => {
      const o = runStoryJob(job, (progress) => this.reply({ type: 'progress', progress }));
      this.reply(o.ok ? { type: 'done', json: o.same === true ? null : JSON.stringify(o.story), notes: o.notes } : { type: 'failed', outcome: o });
    }, 0);
  }
  /** Posts a reply as the worker would (nothing once terminated). */
  reply(reply: StoryReply): void {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const workerOf = (w: FakeWorker): (() => Worker) => () => w as unknown as Worker;
function respond(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = { 'content-type': 'application/json' }): void {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { headers })));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loadStory', () => {
  it('checks big text in the worker (the page parses it meanwhile), gives the story and ends the worker', async () => {
    const worker = new FakeWorker();
    const seen: StoryProgress[] = [];
    const load = loadStory({ type: 'text', text: big }, { createWorker: workerOf(worker), onProgress: (p) => seen.push(p) });
    const outcome = await load.done;
    expect(outcome.ok && outcome.story.meta.title).toBe(title);
    expect(seen).toEqual([{ stage: 'checking' }]);
    expect(worker.jobs).toHaveLength(1);
    expect(worker.terminated).toBe(true);
    expect(load.cancel()).toBe(false);
  });

  it('takes the worker\'s JSON when the story is not exactly the text (an upgraded format)', async () => {
    const old = JSON.parse(sample) as Record<string, unknown>;
    delete old['format'];
    const outcome = await loadStory({ type: 'text', text: JSON.stringify(old) + ' '.repeat(INLINE_MAX_CHARS) }, { createWorker: workerOf(new FakeWorker()) }).done;
    expect(outcome.ok && outcome.story.format).toBe('dateline/1');
    expect(outcome.ok && outcome.notes).toHaveLength(1);
  });

  it('checks small text on the page without starting a worker', async () => {
    const make = vi.fn(() => new FakeWorker() as unknown as Worker);
    const outcome = await loadStory({ type: 'text', text: sample }, { createWorker: make }).done;
    expect(outcome.ok).toBe(true);
    expect(make).not.toHaveBeenCalled();
  });

  it('reads an address with progress of the declared size, then checks a small story here (the early worker is ended unused)', async () => {
    respond(sample, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(sample)) });
    const worker = new FakeWorker();
    const seen: StoryProgress[] = [];
    const outcome = await loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: workerOf(worker), onProgress: (p) => seen.push(p) }).done;
    expect(outcome.ok).toBe(true);
    expect(seen).toEqual([{ stage: 'reading', loaded: Buffer.byteLength(sample), total: Buffer.byteLength(sample) }, { stage: 'checking' }]);
    expect(worker.jobs).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  it('hands a big fetched story to the worker, and starts its messages with the address', async () => {
    respond(big);
    const worker = new FakeWorker();
    expect((await loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: workerOf(worker) }).done).ok).toBe(true);
    expect(worker.jobs).toEqual([{ type: 'text', text: big, value: 's.json' }]);
    respond(`{"format": ${' '.repeat(INLINE_MAX_CHARS)}`);
    const broken = await loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: workerOf(new FakeWorker()) }).done;
    expect(broken.ok === false && broken.stage === 'load' && broken.message).toMatch(/^s\.json: The story is not valid JSON/);
  });

  it('gives the fetch messages as a load failure: HTTP 404, and a size over the limit before reading', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
    expect(await loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: null }).done).toEqual({ ok: false, stage: 'load', message: 's.json: the server answered HTTP 404 (not found): check the address.' });
    respond('{}', { 'content-length': String(60 * 1024 * 1024) });
    expect(await loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: null }).done).toEqual({ ok: false, stage: 'load', message: 's.json: the story is too big (60.0 MB; the limit is 50.0 MB).' });
  });

  it('Cancel aborts the request and ends the worker at once; a late answer is ignored', async () => {
    let aborted = false;
    vi.stubGlobal('fetch', (_u: URL, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => ((aborted = true), reject(new Error('aborted'))))));
    const worker = new FakeWorker('silent');
    const load = loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: workerOf(worker) });
    expect(load.cancel()).toBe(true);
    expect(aborted).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(await load.done).toEqual({ ok: false, stage: 'cancelled' });
  });

  it('gives up when no byte has arrived for the timeout, counting from the last chunk', async () => {
    vi.useFakeTimers();
    let push: (chunk: Uint8Array) => void = () => undefined;
    respond(new ReadableStream<Uint8Array>({ start: (c) => void (push = (chunk) => c.enqueue(chunk)) }));
    let outcome: unknown = null;
    void loadStory({ type: 'fetch', url: 'http://127.0.0.1/s.json', value: 's.json' }, { createWorker: null, timeoutMs: 1000 }).done.then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(900);
    push(new TextEncoder().encode('{"format"'));
    await vi.advanceTimersByTimeAsync(900);
    expect(outcome).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(outcome).toEqual({ ok: false, stage: 'load', message: 's.json: no answer after 1 second; the server may be down or slow. Try again later.' });
  });

  it('checks on the page when the worker cannot start (a script on another origin, say)', async () => {
    expect((await loadStory({ type: 'text', text: big }, { createWorker: workerOf(new FakeWorker('broken')) }).done).ok).toBe(true);
    const fromThrow = await loadStory({ type: 'text', text: big }, { createWorker: () => { throw new Error('SecurityError'); } }).done;
    expect(fromThrow.ok).toBe(true);
  });

  it('passes a worker\'s failure on unchanged', async () => {
    const text = big.replace('"format": "dateline/1"', '"format": "dateline/9"');
    const outcome = await loadStory({ type: 'text', text }, { createWorker: workerOf(new FakeWorker()) }).done;
    expect(outcome.ok === false && outcome.stage === 'invalid' && outcome.errors[0]).toContain('made by a newer version of Dateline (format dateline/9)');
  });
});
