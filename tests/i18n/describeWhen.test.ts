import { beforeAll, describe, expect, it } from 'vitest';
import { describeWhen } from '../../src/i18n/describeWhen';
import { LANGUAGES, type Lang } from '../../src/i18n/languages';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import type { When } from '../../src/story/types';

beforeAll(async () => {
  for (const lang of LANGUAGES) await loadLanguage(lang);
});

const CASES: Array<[string, When | undefined, Record<Lang, string>]> = [
  ['a day', { start: '2020-02-02', precision: 'day' }, { en: '2 February 2020', fr: '2 février 2020', de: '2. Februar 2020', es: '2 de febrero de 2020', ru: '2 февраля 2020 г.' }],
  ['the first of a month', { start: '2020-02-01', precision: 'day' }, { en: '1 February 2020', fr: '1er février 2020', de: '1. Februar 2020', es: '1 de febrero de 2020', ru: '1 февраля 2020 г.' }],
  ['an evening', { start: '2020-02-02T18:00', precision: 'partOfDay' }, { en: 'late on 2 February 2020', fr: 'le soir du 2 février 2020', de: 'am Abend des 2. Februar 2020', es: 'a última hora del 2 de febrero de 2020', ru: 'вечером 2 февраля 2020 г.' }],
  ['a morning', { start: '2020-02-02T08:00', precision: 'partOfDay' }, { en: 'the morning of 2 February 2020', fr: 'le matin du 2 février 2020', de: 'am Morgen des 2. Februar 2020', es: 'la mañana del 2 de febrero de 2020', ru: 'утром 2 февраля 2020 г.' }],
  ['a night', { start: '2020-02-02T02:00', precision: 'partOfDay' }, { en: 'the night of 2 February 2020', fr: 'dans la nuit du 2 février 2020', de: 'in der Nacht zum 2. Februar 2020', es: 'la madrugada del 2 de febrero de 2020', ru: 'в ночь на 2 февраля 2020 г.' }],
  ['three days, the end exclusive', { start: '2020-02-02', end: '2020-02-05', precision: 'day' }, { en: 'from 2 February 2020 to 4 February 2020', fr: 'du 2 février 2020 au 4 février 2020', de: 'vom 2. Februar 2020 bis zum 4. Februar 2020', es: 'del 2 de febrero de 2020 al 4 de febrero de 2020', ru: 'с 2 февраля 2020 г. по 4 февраля 2020 г.' }],
  ['one day with its exclusive end', { start: '2020-02-02', end: '2020-02-03', precision: 'day' }, { en: '2 February 2020', fr: '2 février 2020', de: '2. Februar 2020', es: '2 de febrero de 2020', ru: '2 февраля 2020 г.' }],
  ['a month', { start: '2020-02', precision: 'month' }, { en: 'February 2020', fr: 'février 2020', de: 'Februar 2020', es: 'febrero de 2020', ru: 'февраль 2020 г.' }],
  ['a year', { start: '2020', precision: 'year' }, { en: '2020', fr: '2020', de: '2020', es: '2020', ru: '2020 г.' }],
  ['a minute', { start: '2020-02-02T14:30', precision: 'minute' }, { en: '14:30, 2 February 2020', fr: '2 février 2020 à 14:30', de: '2. Februar 2020, 14:30 Uhr', es: '2 de febrero de 2020, 14:30', ru: '2 февраля 2020 г., 14:30' }],
  ['only a later bound', { before: '2020-02-02' }, { en: 'before 2 February 2020', fr: 'avant le 2 février 2020', de: 'vor dem 2. Februar 2020', es: 'antes del 2 de febrero de 2020', ru: 'до 2 февраля 2020 г.' }],
  ['an event known only to have happened by publication', { before: '2020-02-04', label: 'by publication' }, { en: 'by 3 February 2020', fr: 'au plus tard le 3 février 2020', de: 'spätestens am 3. Februar 2020', es: 'a más tardar el 3 de febrero de 2020', ru: 'не позднее 3 февраля 2020 г.' }],
  ['only an earlier bound', { after: '2020-02-02' }, { en: 'after 2 February 2020', fr: 'après le 2 février 2020', de: 'nach dem 2. Februar 2020', es: 'después del 2 de febrero de 2020', ru: 'после 2 февраля 2020 г.' }],
  ['both bounds', { after: '2020-02-01', before: '2020-02-03' }, { en: 'between 1 February 2020 and 3 February 2020', fr: 'entre le 1er février 2020 et le 3 février 2020', de: 'zwischen dem 1. Februar 2020 und dem 3. Februar 2020', es: 'entre el 1 de febrero de 2020 y el 3 de febrero de 2020', ru: 'между 1 февраля 2020 г. и 3 февраля 2020 г.' }],
  ['a decade', { start: '2010', precision: 'decade' }, { en: 'the 2010s', fr: 'les années 2010', de: 'die 2010er-Jahre', es: 'la década de 2010', ru: '2010-е годы' }],
  ['no date', undefined, { en: 'Undated', fr: 'Sans date', de: 'Ohne Datum', es: 'Sin fecha', ru: 'Без даты' }],
];

describe('describeWhen', () => {
  for (const [name, when, expected] of CASES) {
    it(`words ${name} in each language, no more precise than it is`, () => {
      for (const lang of LANGUAGES) expect(describeWhen(when, lang), lang).toBe(expected[lang]);
    });
  }

  it('speaks English by default, exactly as before languages existed', () => {
    expect(describeWhen({ start: '2020-02-02T18:00', precision: 'partOfDay' })).toBe('late on 2 February 2020');
    expect(describeWhen({ start: '2020-02-02', precision: 'week' })).toBe('week of 2 February 2020');
    expect(describeWhen({ start: '2020-04', precision: 'quarter' })).toBe('Q2 2020');
    expect(describeWhen({ start: '2020-07', precision: 'season' })).toBe('summer 2020');
    expect(describeWhen({ start: '1900', precision: 'century' })).toBe('1900–1999');
  });

  it('never shifts a date by the time zone: 23:30 on the 2nd stays the 2nd', () => {
    expect(describeWhen({ start: '2020-02-02T23:30', precision: 'minute' }, 'de')).toBe('2. Februar 2020, 23:30 Uhr');
  });
});
