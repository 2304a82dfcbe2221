import { describe, expect, it } from 'vitest';
import { indexMentions } from '../../../src/extract/places/indexMentions';
import type { PlaceMention } from '../../../src/extract/places/types';

const mention = (firstToken: number, endToken: number): PlaceMention => ({
  start: firstToken * 6, end: endToken * 6, text: 'Paris', rule: 'name', firstToken, endToken, key: 'paris', entries: [], adjective: false, supported: false, boosts: new Map(),
});

describe('indexMentions', () => {
  it('finds the mention at a token, the later one where two share it, and nothing elsewhere', () => {
    const [a, b, c] = [mention(0, 1), mention(1, 2), mention(1, 3)];
    const byFirst = indexMentions([a, b, c], (m) => m.firstToken, 3);
    expect(byFirst.get(0)).toBe(a);
    expect(byFirst.get(1)).toBe(c);
    expect(byFirst.get(2)).toBeUndefined();
    expect(byFirst.get(-1)).toBeUndefined();
    expect(indexMentions([a, b, c], (m) => m.endToken, 3).get(3)).toBe(c);
  });
});
