// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { at } from '../../../src/author/i18n/at';
import { authorPageLanguage } from '../../../src/author/i18n/authorPageLanguage';
import { dayInWords } from '../../../src/author/i18n/dayInWords';
import { loadAuthorLanguage } from '../../../src/author/i18n/loadAuthorLanguage';
import { decodeInputFile, formatBytes } from '../../../src/author/readInputFile';

describe('at', () => {
  it('speaks English for a language that is not loaded yet, then the language once it is', async () => {
    expect(at('de', 'input.find')).toBe('Find places and dates');
    await loadAuthorLanguage('de');
    expect(at('de', 'input.find')).toBe('Orte und Daten finden');
  });

  it('chooses the plural form by the language and writes {count} with its digit grouping', async () => {
    await loadAuthorLanguage('ru');
    expect(at('ru', 'tools.found', { count: 1 })).toBe('1 вариант: выберите нужный.');
    expect(at('ru', 'tools.found', { count: 3 })).toBe('3 варианта: выберите нужный.');
    expect(at('ru', 'tools.found', { count: 12 })).toBe('12 вариантов: выберите нужный.');
    expect(at('en', 'progress.gazetteer', { count: 82_000 })).toBe('Loading the gazetteer (82,000 places)');
    await loadAuthorLanguage('fr');
    expect(at('fr', 'progress.gazetteer', { count: 82_000 })).toMatch(/^Chargement du répertoire géographique \(82\s000 lieux\)$/);
  });

  it('leaves parameters as plain text, markup included', () => {
    expect(at('en', 'input.openedStory', { name: '<img src=x onerror=alert(1)>.txt' })).toBe('Opened "<img src=x onerror=alert(1)>.txt".');
  });
});

describe('the authoring page in another language', () => {
  it('picks ?lang= first, then the browser languages, else English (as the app does)', () => {
    expect(authorPageLanguage('?lang=fr-CA', ['ru'])).toBe('fr');
    expect(authorPageLanguage('', ['ru-RU', 'en'])).toBe('ru');
    expect(authorPageLanguage('?lang=xx', ['pt-BR', 'de'])).toBe('de');
    expect(authorPageLanguage('?lang=', ['pt-BR'])).toBe('en');
  });

  it('writes days with the language’s date-fns locale', async () => {
    await loadAuthorLanguage('fr');
    await loadAuthorLanguage('de');
    expect(dayInWords('2020-02-03', 'en')).toBe('3 February 2020');
    expect(dayInWords('2020-02-03', 'de')).toBe('3. Februar 2020');
    expect(dayInWords('2020-03-01', 'fr')).toBe('1er mars 2020');
    expect(dayInWords('not a day', 'fr')).toBe('not a day');
  });

  it('says what is wrong with a file, and its size, in the language', async () => {
    await loadAuthorLanguage('fr');
    expect(formatBytes(7.25 * 1024 * 1024, 'fr')).toBe('7,3 Mo');
    expect(decodeInputFile('a.pdf', new TextEncoder().encode('%PDF-1.7'), 'fr')).toEqual({ kind: 'error', message: expect.stringMatching(/^«\u00a0a\.pdf\u00a0» est un PDF, pas du texte/) });
    expect(decodeInputFile('vide.txt', new Uint8Array(), 'fr')).toEqual({ kind: 'error', message: '«\u00a0vide.txt\u00a0» est vide.' });
  });
});
