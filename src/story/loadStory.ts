import { fetchStoryText, STORY_TIMEOUT_MS } from './fetchStoryJson';
import { runStoryJob } from './runStoryJob';
import { readStoryReply, type StoryJob, type StoryOutcome, type StoryProgress } from './storyWorkerMessages';
import type { Story } from './types';

/** What to load: a story at an address (`url` absolute, `value` as the reader gave it, used in messages), or story text. */
export type StoryRequest = { type: 'fetch'; url: string; value: string } | StoryJob;

/** How a load ended: as {@link StoryOutcome}, or cancelled by the reader. */
export type LoadOutcome = StoryOutcome | { ok: false; stage: 'cancelled' };

/** A load under way: its outcome (never a rejection), and a way to stop it. */
export interface StoryLoad {
  readonly done: Promise<LoadOutcome>;
  /** Stops the load at once (the request is aborted, the worker ended); `done` settles as cancelled. False when it had already settled. */
  cancel(): boolean;
}

/** Options for {@link loadStory}. */
export interface LoadStoryOptions {
  /** Hears bytes read, then checking. */
  onProgress?: (progress: StoryProgress) => void;
  /** For an address: give up when no byte has arrived for this long, in ms (default STORY_TIMEOUT_MS). */
  timeoutMs?: number;
  /** How to start the worker (tests pass their own); `null` checks on the page. */
  createWorker?: (() => Worker) | null;
}

/**
 * Story text shorter than this is checked on the page: starting a worker costs 40–65 ms here,
 * more than checking a story this size takes (see README, "Opening a big story").
 */
export const INLINE_MAX_CHARS = 512 * 1024;

/** Bytes between two progress reports while reading: a smooth bar at little cost. */
const PROGRESS_STEP = 256 * 1024;

const defaultWorker = (): Worker => new Worker(new URL('./storyWorker.ts', import.meta.url), { type: 'module' });

/**
 * Loads a story without freezing the page: an address is read here (network reading never blocks),
 * with progress; text past INLINE_MAX_CHARS is then parsed and validated in a Web Worker, while
 * the page parses the same text, and the worker says whether that is the story. Small text, a
 * page without workers, or a worker that cannot start (a script on another origin) is checked here.
 */
export function loadStory(request: StoryRequest, options: LoadStoryOptions = {}): StoryLoad {
  const make = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultWorker) : options.createWorker;
  const progress = options.onProgress ?? ((): void => undefined);
  const controller = new AbortController();
  let worker: Worker | null = null;
  let settled = false;
  let settle: (outcome: LoadOutcome) => void = () => undefined;
  const done = new Promise<LoadOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      controller.abort();
      worker?.terminate();
      worker = null;
      resolve(outcome);
    };
  });
  const spawn = (): Worker | null => {
    if (make === null) return null;
    try {
      return make();
    } catch {
      return null;
    }
  };
  const onPage = (job: StoryJob): void => settle(runStoryJob(job, progress));
  const inWorker = (w: Worker, job: StoryJob): void => {
    let heard = false;
    let parsed: unknown;
    w.addEventListener('message', (e: MessageEvent<unknown>) => {
      heard = true;
      const reply = readStoryReply(e.data);
      if (!reply || settled) return;
      if (reply.type === 'progress') progress(reply.progress);
      else if (reply.type === 'failed') settle(reply.outcome);
      else settle(storyFrom(reply.json === null ? parsed : parseJson(reply.json), reply.notes));
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      if (settled) return;
      // A worker that never spoke could not start (blocked, or on another origin): check here.
      if (!heard) {
        w.terminate();
        worker = null;
        return onPage(job);
      }
      settle({ ok: false, stage: 'load', message: `The story could not be read: ${e.message || 'the checking thread stopped'}.` });
    });
    w.postMessage(job);
    // Both cores work: this thread parses the text (it needs the data anyway) while the worker parses and validates it.
    if (/^\s*\{/.test(job.text)) parsed = parseJson(job.text);
  };
  const check = (job: StoryJob): void => {
    if (settled) return;
    if (job.text.length < INLINE_MAX_CHARS) {
      worker?.terminate();
      worker = null;
      return onPage(job);
    }
    worker ??= spawn();
    if (worker) inWorker(worker, job);
    else onPage(job);
  };

  if (request.type === 'text') setTimeout(() => check(request), 0);
  else {
    // Started now, the worker is ready by the time a big story has arrived.
    worker = spawn();
    let reported = -PROGRESS_STEP;
    fetchStoryText(new URL(request.url), request.value, {
      timeoutMs: options.timeoutMs ?? STORY_TIMEOUT_MS,
      signal: controller.signal,
      onProgress: (loaded, total) => {
        if (loaded - reported < PROGRESS_STEP && loaded !== total) return;
        reported = loaded;
        progress({ stage: 'reading', loaded, total });
      },
    }).then(
      ({ text }) => check({ type: 'text', text, value: request.value }),
      (e: unknown) => settle({ ok: false, stage: 'load', message: e instanceof Error ? e.message : String(e) }),
    );
  }
  return {
    done,
    cancel() {
      if (settled) return false;
      settle({ ok: false, stage: 'cancelled' });
      return true;
    },
  };
}

/** Parses JSON the worker sent or approved; `undefined` when it does not parse (never expected). */
function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function storyFrom(data: unknown, notes: string[]): StoryOutcome {
  // The worker validated exactly this data (or wrote this JSON from a story it had validated).
  if (typeof data === 'object' && data !== null) return { ok: true, story: data as Story, notes };
  return { ok: false, stage: 'load', message: 'The story was checked but this page could not read it (out of memory?): close other tabs and try again.' };
}

/** A load that has already ended with `outcome` (an address refused before any request, say). */
export function finishedLoad(outcome: LoadOutcome): StoryLoad {
  return { done: Promise.resolve(outcome), cancel: () => false };
}
