import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/playback/hashState';

describe('hashState', () => {
  it('reads #event=<id> and writes it back', () => {
    expect(parseHash('#event=e3')).toEqual({ eventId: 'e3' });
    expect(formatHash({ eventId: 'e3' })).toBe('#event=e3');
  });

  it('round-trips ids with awkward characters', () => {
    const id = 'a b&c=d/é';
    expect(parseHash(formatHash({ eventId: id }))).toEqual({ eventId: id });
  });

  it('gives no event for an empty or foreign hash', () => {
    expect(parseHash('')).toEqual({ eventId: null });
    expect(parseHash('#t=2020')).toEqual({ eventId: null });
    expect(parseHash('#event=')).toEqual({ eventId: null });
    expect(formatHash({ eventId: null })).toBe('');
  });
});
