import { describe, expect, it } from 'vitest';
import { labelPriority } from '../../src/map/labelPriority';
import type { Place } from '../../src/story/types';

const place = (kind: Place['kind'], mentions = 1): Place =>
  ({ id: kind, name: kind, kind, lat: 0, lon: 0, confidence: 1, mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, rule: 'test' })) }) as Place;

describe('labelPriority', () => {
  it('puts the selected event’s places first, then those already seen, then the rest, whatever their kind', () => {
    expect(labelPriority(place('landmark', 1), 'active')).toBeGreaterThan(labelPriority(place('continent', 9_999), 'past'));
    expect(labelPriority(place('water', 1), 'past')).toBeGreaterThan(labelPriority(place('continent', 9_999), 'idle'));
  });

  it('ranks nothing selected like the rest (no place is favoured before an event is chosen)', () => {
    expect(labelPriority(place('city'), 'none')).toBe(labelPriority(place('city'), 'idle'));
  });

  it('within a tier, puts towns and landmarks first (their names must sit by their dots), then the broader areas, seas last', () => {
    const order = (['city', 'landmark', 'continent', 'country', 'region', 'water'] as const).map((k) => labelPriority(place(k), 'idle'));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(new Set(order).size).toBe(order.length);
    expect(labelPriority(place('area'), 'idle')).toBe(labelPriority(place('region'), 'idle'));
  });

  it('within a kind, puts the place the article names more often first, never above a higher kind', () => {
    expect(labelPriority(place('city', 4), 'past')).toBeGreaterThan(labelPriority(place('city', 3), 'past'));
    expect(labelPriority(place('country', 99_999), 'past')).toBeLessThan(labelPriority(place('landmark', 0), 'past'));
  });
});
