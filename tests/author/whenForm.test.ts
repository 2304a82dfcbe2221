import { describe, expect, it } from 'vitest';
import { fieldsToWhen, whenToFields } from '../../src/author/whenForm';

describe('whenForm', () => {
  it('"on" a day, a week, a month and a year gives the interval, precision and TIMEX value', () => {
    expect(fieldsToWhen({ mode: 'on', a: '2020-02-02', b: '', precision: 'day' })).toEqual({ start: '2020-02-02', end: '2020-02-03', precision: 'day', timex: '2020-02-02' });
    expect(fieldsToWhen({ mode: 'on', a: '2020-02-05', b: '', precision: 'week' })).toEqual({ start: '2020-02-03', end: '2020-02-10', precision: 'week', timex: '2020-W06' });
    expect(fieldsToWhen({ mode: 'on', a: '2020-02-17', b: '', precision: 'month' })).toEqual({ start: '2020-02-01', end: '2020-03-01', precision: 'month', timex: '2020-02' });
    expect(fieldsToWhen({ mode: 'on', a: '2020-02-17', b: '', precision: 'year' })).toEqual({ start: '2020-01-01', end: '2021-01-01', precision: 'year', timex: '2020' });
  });

  it('a span includes its last day; bounds and single bounds carry a label', () => {
    expect(fieldsToWhen({ mode: 'between', a: '2020-02-01', b: '2020-02-03', precision: 'day' })).toEqual({ start: '2020-02-01', end: '2020-02-04', precision: 'day' });
    expect(fieldsToWhen({ mode: 'within', a: '2020-02-01', b: '2020-02-03', precision: 'day' })).toEqual({ after: '2020-02-01', before: '2020-02-03', label: 'between 2020-02-01 and 2020-02-03' });
    expect(fieldsToWhen({ mode: 'before', a: '2020-02-02', b: '', precision: 'day' })).toEqual({ before: '2020-02-02', label: 'before 2020-02-02' });
    expect(fieldsToWhen({ mode: 'after', a: '2020-02-02', b: '', precision: 'day' })).toEqual({ after: '2020-02-02', label: 'after 2020-02-02' });
  });

  it('"not dated" is null; a missing date or a span that runs backwards is undefined', () => {
    expect(fieldsToWhen({ mode: 'none', a: '', b: '', precision: 'day' })).toBeNull();
    expect(fieldsToWhen({ mode: 'on', a: '', b: '', precision: 'day' })).toBeUndefined();
    expect(fieldsToWhen({ mode: 'between', a: '2020-02-03', b: '2020-02-01', precision: 'day' })).toBeUndefined();
    expect(fieldsToWhen({ mode: 'within', a: '2020-02-03', b: 'soon', precision: 'day' })).toBeUndefined();
  });

  it('reads back what it writes, and shows a time of day as its date', () => {
    for (const f of [
      { mode: 'on', a: '2020-02-02', b: '', precision: 'day' },
      { mode: 'on', a: '2020-02-01', b: '', precision: 'month' },
      { mode: 'between', a: '2020-02-01', b: '2020-02-03', precision: 'day' },
      { mode: 'within', a: '2020-02-01', b: '2020-02-03', precision: 'day' },
      { mode: 'before', a: '2020-02-02', b: '', precision: 'day' },
      { mode: 'after', a: '2020-02-02', b: '', precision: 'day' },
    ] as const) {
      const when = fieldsToWhen(f);
      expect(whenToFields(when ?? undefined)).toEqual(f);
    }
    expect(whenToFields({ start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay' })).toEqual({ mode: 'on', a: '2020-02-02', b: '', precision: 'day' });
    expect(whenToFields(undefined).mode).toBe('none');
  });
});
