import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { at } from './i18n/at';
import { readWorkerReply, type ExtractStage, type PlaceOffer, type StoryList, type WorkerRequest } from './workerMessages';

/** The page's side of the extraction worker. */
export interface Extractor {
  /**
   * Extracts a story from `text`; `onStage` hears each stage; `cutAt` is where the story stops when
   * the article says more than one story holds. Rejects with the reader's message, or with a CancelledError.
   */
  extract(text: string, date: string | undefined, onStage: (stage: ExtractStage) => void): Promise<Extracted>;
  /** Gazetteer entries a name may mean (loads the gazetteer in the worker if needed). */
  lookup(name: string): Promise<PlaceOffer[]>;
  /** Stops the running extraction at once (the worker is ended; the next call starts a new one). */
  cancel(): boolean;
  destroy(): void;
}

/** What an extraction gives: the story, and where it stops if the article said more than a story holds. */
export interface Extracted {
  story: Story;
  cutAt?: number;
}

/** Thrown into a pending extraction when the author cancels it. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** Options for {@link createExtractor}: how to start the worker (tests pass their own). */
export interface ExtractorOptions {
  createWorker?: () => Worker;
  /** The language of the page's own messages (default English). */
  lang?: Lang;
}

const defaultWorker = (): Worker => new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module' });

/** Runs extraction and gazetteer lookups in a Web Worker, one extraction at a time. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const make = options.createWorker ?? defaultWorker;
  const lang = options.lang ?? 'en';
  let worker: Worker | null = null;
  let running: { resolve: (s: Extracted) => void; reject: (e: Error) => void; onStage: (s: ExtractStage) => void } | null = null;
  const lookups = new Map<number, (offers: PlaceOffer[]) => void>();
  let nextId = 1;
  // The story's lists as they arrive in parts, until the `done` that carries the rest of it.
  let parts = new Map<StoryList, unknown[]>();

  const stop = (reason: Error): void => {
    worker?.terminate();
    worker = null;
    running?.reject(reason);
    running = null;
    parts = new Map();
    for (const done of lookups.values()) done([]);
    lookups.clear();
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = make();
    w.addEventListener('message', (e: MessageEvent<unknown>) => {
      const reply = readWorkerReply(e.data);
      if (!reply) return;
      if (reply.type === 'progress') running?.onStage(reply.stage);
      else if (reply.type === 'part') {
        const list = parts.get(reply.list) ?? [];
        for (const item of reply.items) list.push(item);
        parts.set(reply.list, list);
      } else if (reply.type === 'done') {
        // The worker validated the story whole; its lists came first, in order, in parts.
        const story = { ...reply.story, ...Object.fromEntries(parts) } as Story;
        parts = new Map();
        running?.resolve(reply.cutAt === undefined ? { story } : { story, cutAt: reply.cutAt });
        running = null;
      } else if (reply.type === 'failed') {
        running?.reject(new Error(reply.message));
        running = null;
      } else {
        lookups.get(reply.id)?.(reply.offers);
        lookups.delete(reply.id);
      }
    });
    w.addEventListener('error', (e) => stop(new Error(at(lang, 'extract.workerStopped', { reason: e.message || at(lang, 'extract.workerNoStart') }))));
    worker = w;
    return w;
  };
  const send = (request: WorkerRequest): void => ensure().postMessage(request);

  return {
    extract(text, date, onStage) {
      if (running) stop(new CancelledError('Replaced by a new extraction.'));
      return new Promise<Extracted>((resolve, reject) => {
        running = { resolve, reject, onStage };
        send(date ? { type: 'extract', text, date } : { type: 'extract', text });
      });
    },
    lookup(name) {
      const id = nextId++;
      return new Promise<PlaceOffer[]>((resolve) => {
        lookups.set(id, resolve);
        send({ type: 'lookup', id, name });
      });
    },
    cancel() {
      if (!running) return false;
      stop(new CancelledError('Extraction cancelled.'));
      return true;
    },
    destroy() {
      stop(new CancelledError('Closed.'));
    },
  };
}
