import { describe, expect, it } from 'vitest';
import { createImporter, type ImportStage } from '../../src/author/createImporter';
import type { ImportReply } from '../../src/author/importMessages';

/** A stand-in for the import worker: the test says what it answers, and sees whether it was ended. */
class FakeWorker extends EventTarget {
  sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: ImportReply): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const story = { format: 'dateline/1', meta: { title: 'T' }, places: [], events: [], routes: [], times: [] };

describe('createImporter', () => {
  it('puts a story sent as a head, parts and an end back together, saying how much has arrived', async () => {
    const worker = new FakeWorker();
    const importer = createImporter({ createWorker: () => worker as unknown as Worker });
    const stages: ImportStage[] = [];
    const opened = importer.open(new File(['{}'], 'a.json'), '', (s) => stages.push(s));
    expect(worker.sent).toEqual([{ type: 'open', file: expect.any(File), published: '', lang: 'en' }]);
    worker.reply({ type: 'progress', stage: { stage: 'parsing' } });
    worker.reply({ type: 'story-head', story: story as never, notes: ['n'], items: 3 });
    worker.reply({ type: 'story-part', list: 'events', items: [{ id: 'e1' }, { id: 'e2' }] });
    worker.reply({ type: 'story-part', list: 'events', items: [{ id: 'e3' }] });
    worker.reply({ type: 'story-end' });
    const result = await opened;
    expect(result.kind === 'story' && result.story.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(result.kind === 'story' && result.notes).toEqual(['n']);
    expect(stages).toEqual([{ stage: 'parsing' }, { stage: 'receiving', done: 2, total: 3 }, { stage: 'receiving', done: 3, total: 3 }]);
  });

  it('Cancel ends the worker at once, settles as cancelled, and the next file gets a new worker', async () => {
    const workers: FakeWorker[] = [];
    const importer = createImporter({ createWorker: () => workers[workers.push(new FakeWorker()) - 1] as unknown as Worker });
    const first = importer.open(new File(['{}'], 'a.json'), '', () => undefined);
    expect(importer.cancel()).toBe(true);
    expect(await first).toEqual({ kind: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
    expect(importer.cancel()).toBe(false);
    const second = importer.open(new File(['x'], 'b.txt'), '', () => undefined);
    expect(workers).toHaveLength(2);
    workers[1]?.reply({ type: 'article', text: 'x' });
    expect(await second).toEqual({ kind: 'article', text: 'x' });
  });

  it('opens the file on the page when the worker cannot start', async () => {
    const importer = createImporter({
      createWorker: () => {
        throw new Error('blocked');
      },
    });
    expect(await importer.open(new File(['date 2020-02-03\nHello.'], 'a.txt'), '', () => undefined)).toEqual({ kind: 'article', text: 'date 2020-02-03\nHello.' });
  });
});
