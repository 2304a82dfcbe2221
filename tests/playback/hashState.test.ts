import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/playback/hashState';

const feb2 = Date.UTC(2020, 1, 2);

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
    expect(parseHash('#x=2020')).toEqual({ eventId: null });
    expect(parseHash('#event=')).toEqual({ eventId: null });
    expect(formatHash({ eventId: null })).toBe('');
  });

  it('reads #t=<iso> as UTC milliseconds and writes the shortest ISO form back', () => {
    expect(parseHash('#t=2020-02-02T18:00Z')).toEqual({ eventId: null, time: feb2 + 18 * 3600_000 });
    expect(parseHash('#t=2020-02-02')).toEqual({ eventId: null, time: feb2 });
    expect(formatHash({ eventId: 'e1', time: feb2 + 18 * 3600_000 })).toBe('#t=2020-02-02T18%3A00Z');
    expect(formatHash({ eventId: null, time: feb2 })).toBe('#t=2020-02-02');
  });

  it('round-trips a moment with seconds, and a time window beside an event', () => {
    const t = feb2 + 61_000;
    expect(parseHash(formatHash({ eventId: null, time: t })).time).toBe(t);
    const state = { eventId: 'e2', window: { from: feb2, to: feb2 + 86_400_000 } };
    expect(formatHash(state)).toBe('#event=e2&from=2020-02-02&to=2020-02-03');
    expect(parseHash(formatHash(state))).toEqual(state);
  });

  it('ignores a malformed time and a window whose end is not after its start', () => {
    expect(parseHash('#t=yesterday')).toEqual({ eventId: null });
    expect(parseHash('#from=2020-02-03&to=2020-02-02')).toEqual({ eventId: null });
    expect(parseHash('#from=2020-02-03')).toEqual({ eventId: null });
  });
});
