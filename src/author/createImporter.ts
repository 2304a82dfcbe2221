import type { Lang } from '../i18n/languages';
import type { Story } from '../story/types';
import { at } from './i18n/at';
import { readImportReply, type ImportRequest } from './importMessages';
import { openInputFile, type OpenOutcome, type OpenStage } from './openInputFile';

/** How far opening a file has got: the worker's stages, then the story's parts arriving on the page. */
export type ImportStage = OpenStage | { stage: 'receiving'; done: number; total: number };

/** How opening a file ended: as {@link OpenOutcome}, or cancelled by the author. */
export type Opened = OpenOutcome | { kind: 'cancelled' };

/** The page's side of the import worker. */
export interface Importer {
  /** Opens `file` (see openInputFile) in the worker, `onStage` hearing its progress; never rejects. */
  open(file: File, published: string, onStage: (stage: ImportStage) => void): Promise<Opened>;
  /** Stops the running import at once (the worker is ended); it settles as cancelled. False when none was running. */
  cancel(): boolean;
  destroy(): void;
}

/** Options for {@link createImporter}: how to start the worker (`null` opens files on the page), and the language of its messages. */
export interface ImporterOptions {
  createWorker?: (() => Worker) | null;
  lang?: Lang;
}

interface Running {
  file: File;
  published: string;
  settle: (opened: Opened) => void;
  onStage: (stage: ImportStage) => void;
  heard: boolean;
  story?: Story;
  notes: string[];
  items: number;
  received: number;
}

const defaultWorker = (): Worker => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/**
 * Opens files in a Web Worker, one at a time: the file never touches the page's thread, and a
 * story comes back in parts the page takes in one short task each. A worker that cannot start
 * (a page whose script cannot make one) leaves the work to the page.
 */
export function createImporter(options: ImporterOptions = {}): Importer {
  const make = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultWorker) : options.createWorker;
  const lang = options.lang ?? 'en';
  let worker: Worker | null = null;
  let running: Running | null = null;

  const end = (job: Running, opened: Opened): void => {
    if (running !== job) return;
    running = null;
    job.settle(opened);
  };
  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
  };
  const onPage = (job: Running): void => {
    void openInputFile(job.file, job.published, lang, job.onStage).then((outcome) => end(job, outcome));
  };
  const listen = (w: Worker): void => {
    w.addEventListener('message', (e: MessageEvent<unknown>) => {
      const job = running;
      const reply = readImportReply(e.data);
      if (!job || !reply) return;
      job.heard = true;
      switch (reply.type) {
        case 'progress':
          return job.onStage(reply.stage);
        case 'article':
          return end(job, { kind: 'article', text: reply.text });
        case 'error':
          return end(job, { kind: 'error', title: reply.title, errors: reply.errors });
        case 'story-head':
          job.story = reply.story;
          job.notes = reply.notes;
          job.items = reply.items;
          return;
        case 'story-part': {
          const list: unknown[] | undefined = job.story?.[reply.list];
          for (const item of reply.items) list?.push(item);
          job.received += reply.items.length;
          return job.onStage({ stage: 'receiving', done: job.received, total: job.items });
        }
        case 'story-end':
          return end(job, job.story ? { kind: 'story', story: job.story, notes: job.notes } : { kind: 'error', title: at(lang, 'open.failed', { name: job.file.name }), errors: [] });
      }
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      const job = running;
      stopWorker();
      if (!job) return;
      // A worker that never spoke could not start: the page does the work itself.
      if (!job.heard) return onPage(job);
      end(job, { kind: 'error', title: at(lang, 'open.failed', { name: job.file.name }), errors: [at(lang, 'open.workerStopped')] });
    });
  };
  const start = (job: Running): void => {
    if (!worker && make) {
      try {
        worker = make();
        listen(worker);
      } catch {
        worker = null;
      }
    }
    if (!worker) return onPage(job);
    const request: ImportRequest = { type: 'open', file: job.file, published: job.published, lang };
    worker.postMessage(request);
  };

  const cancel = (): boolean => {
    const job = running;
    if (!job) return false;
    // Ending the worker is the only way to stop an importer mid-run; the next file starts a new one.
    stopWorker();
    end(job, { kind: 'cancelled' });
    return true;
  };
  return {
    open(file, published, onStage) {
      cancel();
      return new Promise<Opened>((settle) => {
        const job: Running = { file, published, settle, onStage, heard: false, notes: [], items: 0, received: 0 };
        running = job;
        start(job);
      });
    },
    cancel,
    destroy() {
      cancel();
      stopWorker();
    },
  };
}
