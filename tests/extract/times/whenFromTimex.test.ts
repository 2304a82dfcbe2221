import { describe, expect, it } from 'vitest';
import { whenFromTimex } from '../../../src/extract/times/whenFromTimex';
import { WhenSchema } from '../../../src/story/schema';

const table: [string, string, string, string][] = [
  ['2020-02-02', '2020-02-02', '2020-02-03', 'day'],
  ['2020-02-02TEV', '2020-02-02T18:00', '2020-02-03T00:00', 'partOfDay'],
  ['2020-02-03TMO', '2020-02-03T06:00', '2020-02-03T12:00', 'partOfDay'],
  ['2020-W05', '2020-01-27', '2020-02-03', 'week'],
  ['2020-02', '2020-02-01', '2020-03-01', 'month'],
  ['2020-Q1', '2020-01-01', '2020-04-01', 'quarter'],
  ['2020-WI', '2019-12-01', '2020-03-01', 'season'],
  ['2020', '2020-01-01', '2021-01-01', 'year'],
  ['199', '1990-01-01', '2000-01-01', 'decade'],
  ['19', '1900-01-01', '2000-01-01', 'century'],
  ['1998-08-07T10:35', '1998-08-07T10:35', '1998-08-07T10:36', 'minute'],
  ['2020-01-31T24:00', '2020-02-01T00:00', '2020-02-01T00:01', 'minute'],
  ['1989-H2', '1989-07-01', '1990-01-01', 'quarter'],
];

describe('whenFromTimex', () => {
  for (const [timex, start, end, precision] of table) {
    it(`whenFromTimex('${timex}') covers [${start}, ${end}) at ${precision} precision`, () => {
      const when = whenFromTimex(timex);
      expect(when).toEqual({ start, end, precision, timex });
      expect(WhenSchema.safeParse(when).success).toBe(true);
    });
  }

  it('whenFromTimex gives nothing for durations, sets and references', () => {
    for (const v of ['P1W', 'PT3H', 'XXXX-WXX-4', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF']) expect(whenFromTimex(v)).toBeUndefined();
  });
});
