import { describe, expect, it } from 'vitest';
import { timelineDatesToWhen } from '../../src/formats/timelineDatesToWhen';
import { whenToTimelineDates } from '../../src/formats/whenToTimelineDates';

describe('whenToTimelineDates and timelineDatesToWhen', () => {
  it('writes a day as year, month, day with no end date, and reads it back as that day', () => {
    const d = whenToTimelineDates({ start: '2020-02-02', end: '2020-02-03', precision: 'day' }, '2020-02-03');
    expect(d).toEqual({ start_date: { year: 2020, month: 2, day: 2 } });
    expect(timelineDatesToWhen(d.start_date, d.end_date, d.display_date)).toEqual({ ok: true, when: { start: '2020-02-02', end: '2020-02-03', precision: 'day', timex: '2020-02-02' } });
  });

  it('writes a several-day interval with an inclusive end date, and reads the exclusive end back', () => {
    const d = whenToTimelineDates({ start: '2021-03-23', end: '2021-03-29', precision: 'day' }, '2021-03-30');
    expect(d.end_date).toEqual({ year: 2021, month: 3, day: 28 });
    expect(timelineDatesToWhen(d.start_date, d.end_date, undefined)).toMatchObject({ ok: true, when: { start: '2021-03-23', end: '2021-03-29' } });
  });

  it('writes the evening of a day to the hour, with the words in display_date', () => {
    const d = whenToTimelineDates({ start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay' }, '2020-02-03');
    expect(d).toEqual({ start_date: { year: 2020, month: 2, day: 2, hour: 18 }, end_date: { year: 2020, month: 2, day: 2, hour: 23 }, display_date: 'late on 2 February 2020' });
  });

  it('writes bounds as the bound date with "before …" or "between …" and a label, and reads them back as bounds', () => {
    const before = whenToTimelineDates({ before: '2020-02-04', label: 'by publication' }, '2020-02-03');
    expect(before.display_date).toBe('before 4 February 2020 (by publication)');
    expect(timelineDatesToWhen(before.start_date, undefined, before.display_date)).toEqual({ ok: true, when: { before: '2020-02-04', label: 'by publication' } });
    const between = whenToTimelineDates({ after: '2020-01-01', before: '2020-02-01' }, '2020-02-03');
    expect(timelineDatesToWhen(between.start_date, between.end_date, between.display_date)).toEqual({ ok: true, when: { after: '2020-01-01', before: '2020-02-01' } });
  });

  it('does not read a display date that merely starts with "Before" as a bound', () => {
    expect(timelineDatesToWhen({ year: 1961 }, undefined, 'Before 1969')).toMatchObject({ ok: true, when: { start: '1961-01-01', precision: 'year' } });
  });

  it('writes an undated event on the fallback day as "Undated background", and reads that back as no date', () => {
    const d = whenToTimelineDates(undefined, '2020-02-03');
    expect(d).toEqual({ start_date: { year: 2020, month: 2, day: 3 }, display_date: 'Undated background' });
    expect(timelineDatesToWhen(d.start_date, undefined, d.display_date)).toEqual({ ok: true });
  });

  it('refuses dates a story cannot hold, with the reason', () => {
    expect(timelineDatesToWhen({ year: -500 }, undefined, undefined)).toEqual({ ok: false, error: 'start_date: the year -500 is outside 0–9999' });
    expect(timelineDatesToWhen({ year: 2021, month: 2, day: 29 }, undefined, undefined)).toMatchObject({ ok: false });
    expect(timelineDatesToWhen({ year: 2020, month: 13 }, undefined, undefined)).toMatchObject({ ok: false });
    expect(timelineDatesToWhen({ month: 2 }, undefined, undefined)).toEqual({ ok: false, error: 'start_date: no year' });
  });
});
