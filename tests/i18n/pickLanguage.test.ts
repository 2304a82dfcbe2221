import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../src/i18n/pickLanguage';
import { pageLanguage } from '../../src/i18n/pageLanguage';

describe('pickLanguage', () => {
  it('matches a BCP 47 tag by its primary language: fr-CA gives fr, de-AT gives de, RU gives ru', () => {
    expect(pickLanguage('fr-CA')).toBe('fr');
    expect(pickLanguage('de-AT')).toBe('de');
    expect(pickLanguage('es-419')).toBe('es');
    expect(pickLanguage('RU')).toBe('ru');
    expect(pickLanguage('en_GB')).toBe('en');
  });

  it('gives the fallback for an unknown language, an empty or malformed tag, or nothing', () => {
    expect(pickLanguage('zh-Hant-TW')).toBe('en');
    expect(pickLanguage('pt', 'fr')).toBe('fr');
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage('french')).toBe('en');
    expect(pickLanguage('f')).toBe('en');
    expect(pickLanguage(null)).toBe('en');
    expect(pickLanguage(undefined, 'de')).toBe('de');
  });

  it('takes the first shipped language from a list in order of preference (navigator.languages)', () => {
    expect(pickLanguage(['pt-BR', 'es-MX', 'en-US'])).toBe('es');
    expect(pickLanguage(['ja', 'ko'], 'ru')).toBe('ru');
  });
});

describe('pageLanguage', () => {
  const element = (lang: string | null): Element =>
    ({ closest: (s: string) => (s === '[lang]' && lang !== null ? { getAttribute: () => lang } : null) }) as unknown as Element;

  it('prefers an explicit option, then the nearest lang attribute, then English', () => {
    expect(pageLanguage(element('de'), 'fr-CA')).toBe('fr');
    expect(pageLanguage(element('de-CH'))).toBe('de');
    expect(pageLanguage(element('de'), 'tlh')).toBe('de');
    expect(pageLanguage(element(null))).toBe('en');
    expect(pageLanguage(null, null)).toBe('en');
  });
});
