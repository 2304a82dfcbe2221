import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import type { When } from '../../src/story/types';
import { labelLeft } from '../../src/timeline/createPlayhead';
import { playheadText } from '../../src/timeline/playheadText';
import { whenRange } from '../../src/story/whenRange';

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadLanguage(lang);
});

/** Where the timeline puts the playhead for `when`: a before-only band at its bound, anything else at its start. */
function anchor(when: When): number {
  const r = whenRange(when);
  if (!r) throw new Error('undated');
  return r.kind === 'before' ? r.end : r.start;
}

const on = (when: When): { when: When; at: number } => ({ when, at: anchor(when) });

describe('playheadText on its event', () => {
  const byPublication: When = { before: '2020-02-04', label: 'by publication' };
  const expected = {
    en: 'by 3 February 2020',
    fr: 'au plus tard le 3 février 2020',
    de: 'spätestens am 3. Februar 2020',
    es: 'a más tardar el 3 de febrero de 2020',
    ru: 'не позднее 3 февраля 2020 г.',
  } as const;
  for (const lang of LANGUAGES) {
    it(`(${lang}) a by-publication bound, drawn at the publication line, names the publication day, not a time`, () => {
      expect(anchor(byPublication)).toBe(Date.UTC(2020, 1, 3));
      const text = playheadText(anchor(byPublication), on(byPublication), lang);
      expect(text).toBe(expected[lang]);
      expect(text).not.toMatch(/\b4\b|00:00/);
    });
  }

  const kinds: Array<[string, When, string]> = [
    ['a day band, drawn at its midnight, says the day without a time', { start: '2020-02-02', end: '2020-02-03', precision: 'day' }, '2 February 2020'],
    ['an evening says the part of the day', { start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay' }, 'late on 2 February 2020'],
    ['a three-day interval says its first and last day', { start: '2020-02-02', end: '2020-02-05', precision: 'day' }, 'from 2 February 2020 to 4 February 2020'],
    ['an open-ended start says after', { after: '2020-02-02' }, 'after 2 February 2020'],
    ['a plain later bound says before', { before: '2020-02-02', label: 'before the visit' }, 'before 2 February 2020'],
    ['two bounds say between', { after: '2020-02-01', before: '2020-02-03' }, 'between 1 February 2020 and 3 February 2020'],
    ['a month says the month', { start: '1910-08-01', end: '1910-09-01', precision: 'month' }, 'August 1910'],
    ['an instant says its time', { start: '2020-02-02T14:30', precision: 'minute' }, '14:30, 2 February 2020'],
  ];
  for (const [name, when, words] of kinds) {
    it(name, () => {
      expect(playheadText(anchor(when), on(when), 'en')).toBe(words);
    });
  }
});

describe('playheadText off its event', () => {
  it('says the instant under it when scrubbing or playing by time', () => {
    const when: When = { before: '2020-02-04', label: 'by publication' };
    expect(playheadText(Date.UTC(2020, 1, 4, 6, 30), on(when), 'en')).toBe('4 Feb 2020 06:30');
    expect(playheadText(Date.UTC(2020, 1, 4, 6, 30), on(when), 'fr')).toBe('4 févr. 2020 06:30');
    expect(playheadText(Date.UTC(2020, 1, 4, 6, 30), null, 'de')).toBe('4. Feb. 2020, 06:30');
  });

  it('says the instant for an event with no date', () => {
    expect(playheadText(Date.UTC(2020, 1, 2), { when: undefined, at: Date.UTC(2020, 1, 2) }, 'en')).toBe('2 Feb 2020 00:00');
  });
});

describe('labelLeft', () => {
  it('puts the label right of the line when it fits, else left of it, else as far right as it fits', () => {
    expect(labelLeft(100, 80, 600)).toBe(109);
    expect(labelLeft(560, 80, 600)).toBe(560 - 9 - 80);
    expect(labelLeft(150, 250, 300)).toBe(50);
    expect(labelLeft(10, 400, 300)).toBe(0);
  });
});
