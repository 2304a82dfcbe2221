import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import { axisTickLabels, tickUnit } from '../../src/timeline/axisTickLabels';
import { describeWindow } from '../../src/timeline/describeWindow';

const utc = (y: number, m: number, d = 1, h = 0): number => Date.UTC(y, m - 1, d, h);

beforeAll(async () => {
  await Promise.all([loadLanguage('fr'), loadLanguage('de'), loadLanguage('ru')]);
});

describe('tickUnit', () => {
  it('reads the unit from the step between ticks, or from what a lone tick falls on', () => {
    expect(tickUnit([utc(1903, 1), utc(1904, 1)])).toBe('year');
    expect(tickUnit([utc(1903, 1), utc(1903, 4)])).toBe('month');
    expect(tickUnit([utc(1903, 2, 1), utc(1903, 2, 8)])).toBe('day');
    expect(tickUnit([utc(1903, 2, 1), utc(1903, 2, 1, 6)])).toBe('time');
    expect(tickUnit([utc(1903, 3, 1)])).toBe('month');
    expect(tickUnit([utc(1903, 3, 5)])).toBe('day');
  });
});

describe('axisTickLabels', () => {
  it('puts the year on the first month and where the year changes across 1903–1905', () => {
    const ticks = [utc(1903, 10), utc(1904, 1), utc(1904, 4), utc(1904, 7), utc(1904, 10), utc(1905, 1)];
    expect(axisTickLabels(ticks, 'en')).toEqual(['Oct 1903', 'Jan 1904', 'Apr', 'Jul', 'Oct', 'Jan 1905']);
  });

  it('gives years alone at wide zoom', () => {
    expect(axisTickLabels([utc(1900, 1), utc(1905, 1), utc(1910, 1)], 'en')).toEqual(['1900', '1905', '1910']);
  });

  it('names days, with the year on the first and on a new year', () => {
    expect(axisTickLabels([utc(1903, 12, 24), utc(1903, 12, 31), utc(1904, 1, 7)], 'en')).toEqual(['24 Dec 1903', '31 Dec', '7 Jan 1904']);
  });

  it('gives hours, the day at midnight, and the whole date on a first tick that is not midnight', () => {
    expect(axisTickLabels([utc(2020, 2, 1, 12), utc(2020, 2, 2), utc(2020, 2, 2, 12)], 'en')).toEqual(['1 Feb 2020 12:00', '2 Feb', '12:00']);
  });

  it('speaks the reader\'s language: French, German and Russian month names and orders', () => {
    const ticks = [utc(1903, 10), utc(1904, 1), utc(1904, 4)];
    expect(axisTickLabels(ticks, 'fr')).toEqual(['oct. 1903', 'janv. 1904', 'avr.']);
    expect(axisTickLabels(ticks, 'ru')).toEqual(['окт. 1903', 'янв. 1904', 'апр.']);
    expect(axisTickLabels([utc(2020, 2, 1), utc(2020, 2, 2)], 'de')).toEqual(['1. Feb. 2020', '2. Feb.']);
  });

  it('reads dates before 1970 and at midnight exactly (negative times)', () => {
    expect(axisTickLabels([utc(1903, 2, 3), utc(1903, 2, 3, 6)], 'en')).toEqual(['3 Feb 1903', '06:00']);
  });
});

describe('describeWindow', () => {
  it('says what the map shows, in days or with hours, in the reader\'s language', () => {
    expect(describeWindow({ from: utc(2020, 2, 2), to: utc(2020, 2, 4) })).toBe('Map shows 2 Feb 2020 – 4 Feb 2020');
    expect(describeWindow({ from: utc(2020, 2, 2, 18), to: utc(2020, 2, 3) }, 'fr')).toBe('La carte montre du 2 févr. 2020 18:00 au 3 févr. 2020 00:00');
  });
});
