import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/author/createExtractor';
import { PART_ITEMS, storyInParts, type WorkerReply } from '../../src/author/workerMessages';
import type { Story } from '../../src/story/types';
import { seedStory } from './seedStory';

/** A worker that answers an extract request with `replies`, each as a message of its own. */
function fakeWorker(replies: () => WorkerReply[]): () => Worker {
  return () => {
    const listeners: ((e: MessageEvent<unknown>) => void)[] = [];
    return {
      addEventListener(type: string, listener: (e: MessageEvent<unknown>) => void) {
        if (type === 'message') listeners.push(listener);
      },
      postMessage() {
        for (const reply of replies()) queueMicrotask(() => listeners.forEach((l) => l({ data: structuredClone(reply) } as MessageEvent<unknown>)));
      },
      terminate() {},
    } as unknown as Worker;
  };
}

/** The seed story with `n` copies of its first event (ids renumbered), to pass the part size. */
function withEvents(story: Story, n: number): Story {
  const first = story.events[0];
  if (!first) throw new Error('the seed story has events');
  return { ...story, events: Array.from({ length: n }, (_, i) => ({ ...first, id: `e${i + 1}` })) };
}

describe('a story comes from the extraction worker in parts', () => {
  it('each list is sent in slices of PART_ITEMS, then the rest of the story with those lists empty', () => {
    const story = withEvents(seedStory(), PART_ITEMS * 2 + 1);
    const messages = storyInParts(story, 40);
    const eventParts = messages.filter((m) => m.type === 'part' && m.list === 'events');
    expect(eventParts.map((m) => (m.type === 'part' ? m.items.length : 0))).toEqual([PART_ITEMS, PART_ITEMS, 1]);
    const done = messages.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.cutAt).toBe(40);
    expect(done.story.events).toEqual([]);
    expect(done.story.places).toEqual([]);
    expect(done.story.meta).toEqual(story.meta);
  });

  it('a list the story does not have is not sent, nor added', () => {
    const { routes: _, ...story } = seedStory();
    const messages = storyInParts(story as Story);
    expect(messages.some((m) => m.type === 'part' && m.list === 'routes')).toBe(false);
    const done = messages.at(-1);
    expect(done?.type === 'done' && 'routes' in done.story).toBe(false);
  });

  it('the page puts the parts back together: the story it gives is the one the worker sent', async () => {
    const story = withEvents(seedStory(), PART_ITEMS + 5);
    const extractor = createExtractor({ createWorker: fakeWorker(() => storyInParts(story)) });
    const { story: got, cutAt } = await extractor.extract('text', '2020-02-03', () => undefined);
    expect(got).toEqual(story);
    expect(cutAt).toBeUndefined();
  });

  it('parts of a cancelled extraction never reach the next story', async () => {
    const first = withEvents(seedStory(), 3);
    const second = seedStory();
    let calls = 0;
    // The first answer stops after its parts, before its `done`; the second is whole.
    const extractor = createExtractor({ createWorker: fakeWorker(() => (calls++ === 0 ? storyInParts(first).slice(0, -1) : storyInParts(second))) });
    const pending = extractor.extract('one', '2020-02-03', () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    extractor.cancel();
    await expect(pending).rejects.toThrow('Extraction cancelled.');
    const { story } = await extractor.extract('two', '2020-02-03', () => undefined);
    expect(story).toEqual(second);
  });
});
