import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUtcMonths } from '../../src/story/addUtcMonths';
import { whenRange } from '../../src/story/whenRange';
import type { When } from '../../src/story/types';

const iso = (t: number | undefined): string | undefined => (t === undefined ? undefined : new Date(t).toISOString());
const range = (when: When): [string | undefined, string | undefined] => {
  const r = whenRange(when);
  return [iso(r?.start), iso(r?.end)];
};

// Read where clocks change: the calendar units must not move with the reader's zone.
const zone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'America/Los_Angeles';
});
afterAll(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('a story date covers its calendar unit in UTC, wherever it is read', () => {
  it('this test runs in a zone with summer time (Los Angeles)', () => {
    expect(new Date(Date.UTC(2020, 2, 1)).getTimezoneOffset()).toBe(480);
    expect(new Date(Date.UTC(2020, 3, 1)).getTimezoneOffset()).toBe(420);
  });

  it('a month runs from its first day to the first of the next, 00:00 UTC, across the change to summer time', () => {
    expect(range({ start: '2020-03', precision: 'month' })).toEqual(['2020-03-01T00:00:00.000Z', '2020-04-01T00:00:00.000Z']);
  });

  it('a quarter and a season run three calendar months, a year twelve', () => {
    expect(range({ start: '2020-01-01', precision: 'quarter' })).toEqual(['2020-01-01T00:00:00.000Z', '2020-04-01T00:00:00.000Z']);
    expect(range({ start: '2020-09-01', precision: 'season' })).toEqual(['2020-09-01T00:00:00.000Z', '2020-12-01T00:00:00.000Z']);
    expect(range({ start: '2020', precision: 'year' })).toEqual(['2020-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
  });

  it('a decade and a century run ten and a hundred years', () => {
    expect(range({ start: '1990', precision: 'decade' })).toEqual(['1990-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z']);
    expect(range({ start: '1900', precision: 'century' })).toEqual(['1900-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z']);
  });

  it('a month added to the 31st ends on the last day of a shorter month, as date-fns does', () => {
    expect(iso(addUtcMonths(Date.UTC(2020, 0, 31, 18), 1))).toBe('2020-02-29T18:00:00.000Z');
    expect(iso(addUtcMonths(Date.UTC(2021, 0, 31), 1))).toBe('2021-02-28T00:00:00.000Z');
    expect(iso(addUtcMonths(Date.UTC(2020, 11, 15), 1))).toBe('2021-01-15T00:00:00.000Z');
  });
});
