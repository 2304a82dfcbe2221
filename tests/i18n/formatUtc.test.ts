import { afterEach, describe, expect, it } from 'vitest';
import { subDays } from 'date-fns';
import { describeWhen } from '../../src/i18n/describeWhen';
import { formatUtc, utcWallClock } from '../../src/i18n/formatUtc';

const pinned = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = pinned;
});

describe('formatUtc', () => {
  it('formats the UTC wall clock whatever the reader\'s zone, even in the hour a summer-time change skips there', () => {
    // 02:30 on 8 March 2020 does not exist in New York: the clocks jumped from 02:00 to 03:00.
    process.env['TZ'] = 'America/New_York';
    // The zone has taken: local noon UTC is 08:00 here.
    expect(new Date(Date.UTC(2020, 2, 8, 12)).getHours()).toBe(8);
    expect(formatUtc(Date.UTC(2020, 2, 8, 2, 30), 'timeline.instantPattern', 'en')).toBe('8 Mar 2020 02:30');
    process.env['TZ'] = 'Pacific/Kiritimati';
    expect(formatUtc(Date.UTC(1903, 1, 3, 23, 59), 'timeline.instantPattern', 'en')).toBe('3 Feb 1903 23:59');
  });

  it('keeps date-fns arithmetic in UTC, so a story\'s dates read the same in every zone', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    expect(subDays(utcWallClock(Date.UTC(2020, 1, 4)), 1).getTime()).toBe(Date.UTC(2020, 1, 3));
    expect(describeWhen({ before: '2020-02-04', label: 'by publication' })).toBe('by 3 February 2020');
    expect(describeWhen({ start: '2020-03-08T02:30', precision: 'minute' })).toBe('02:30, 8 March 2020');
  });
});
