import { describe, expect, it } from 'vitest';
import { readableMentions } from '../../../src/extract/places/gatherEvidence';
import type { PlaceMention } from '../../../src/extract/places/types';

/** A bare mention of `key` at `start`, anchored or not. */
const mention = (key: string, start: number, anchored = false): PlaceMention => ({
  start, end: start + key.length, text: key, rule: 'name', firstToken: start, endToken: start + 1, key, entries: [], adjective: false, supported: anchored, anchored, boosts: new Map(),
});

describe('readableMentions', () => {
  it('keeps of each name its first mention and its first anchored one, in the order they came', () => {
    const [a1, b1, a2, a3, b2, a4] = [mention('ohio', 0), mention('iowa', 10), mention('ohio', 20, true), mention('ohio', 30, true), mention('iowa', 40), mention('ohio', 50)];
    const kept = readableMentions((m) => m.key);
    for (const m of [a1, b1, a2, a3, b2, a4, a1]) if (m) kept.add(m);
    expect(kept.mentions).toEqual([a1, b1, a2]);
  });

  it('keeps a name whose first mention is anchored once', () => {
    const first = mention('utah', 0, true);
    const kept = readableMentions((m) => m.key);
    kept.add(first);
    kept.add(mention('utah', 10, true));
    kept.add(mention('utah', 20));
    expect(kept.mentions).toEqual([first]);
  });
});
