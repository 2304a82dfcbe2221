import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/times/findTimes';
import { WhenSchema } from '../../src/story/schema';

const SEED = 8;
const WORDS = [
  'yesterday', 'late yesterday', 'today', 'tomorrow', 'last week', 'next month', 'this year', 'on Monday', 'Friday', 'in 2019', '2020',
  '1990s', 'the 1980s', 'March', 'May', 'March 3', '3 March 2021', 'Q3', 'the third quarter', 'spring', 'last summer', 'two weeks ago',
  'three years', 'for 10 days', 'every Tuesday', 'daily', 'at 5 p.m.', '17:30', 'noon', 'midnight', 'Christmas', 'New Year', 'earlier this month',
  'the following day', 'a day later', 'since 2014', 'in the 19th century', 'mid-2020', 'early January', 'the end of the year', 'Jan. 5',
  'week 5', '2020-W05', 'P1W', 'ago', 'last', 'next', 'the', 'on', 'in', 'at', ',', '.', '-', '–', '(', ')', '12', '99', '0', '2000000',
  'Pompeo', 'visited', 'Kazakhstan', '\n\n', '\u202e', '😀', '',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' ')),
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((ws) => ws.join(' ')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const published = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('findTimes on any text and any valid publication date', () => {
  it('never throws; every span is inside the text and matches its text; every when is valid (600 runs)', () => {
    fc.assert(
      fc.property(text, published, (t, date) => {
        const finds = findTimes(t, date);
        for (const f of finds) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(f.start, f.end)).toBe(f.text);
          if (f.when !== undefined) {
            const r = WhenSchema.safeParse(f.when);
            expect(r.success ? 'ok' : `${f.text} → ${JSON.stringify(f.when)}: ${r.error.message}`).toBe('ok');
          }
        }
      }),
      { seed: SEED, numRuns: 600 },
    );
  });
});

describe('findTimes on impossible calendar dates and extreme years', () => {
  // Found by the property above with a wider word list and date range.
  it('gives "the end of the year" published in 9999 no when past year 9999', () => {
    for (const f of findTimes('the end of the year', '9999-01-01')) if (f.when !== undefined) expect(WhenSchema.safeParse(f.when).success).toBe(true);
  });

  it('gives "last year" published in year 1 no when rather than one in 1900', () => {
    const [f] = findTimes('last year', '0001-06-01');
    expect(f?.when).toBeUndefined();
  });

  it('gives "February 29" in a non-leap year and "Feb. 30" no invalid when', () => {
    let finds = 0;
    for (const [t, date] of [['February 29', '1970-01-01'], ['Feb. 30', '2020-01-01']] as const) {
      for (const f of findTimes(t, date)) {
        finds++;
        if (f.when !== undefined) expect(WhenSchema.safeParse(f.when).success).toBe(true);
      }
    }
    expect(finds).toBeGreaterThan(0);
  });
});
