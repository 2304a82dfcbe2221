import { describe, expect, it } from 'vitest';
import { loadLanguage, isLanguageLoaded, languagePack } from '../../src/i18n/loadLanguage';
import { t } from '../../src/i18n/t';

describe('t', () => {
  it('gives the English string and replaces {name} parameters as plain text', () => {
    expect(t('en', 'controls.play')).toBe('Play');
    expect(t('en', 'narration.position', { index: 3, count: 9 })).toBe('Event 3 of 9');
    expect(t('en', 'error.loadFailed', { message: '<img src=x onerror=alert(1)> {count}' })).toBe('The story could not be loaded: <img src=x onerror=alert(1)> {count}');
  });

  it('leaves an unknown {name} as written, so a missing parameter shows instead of vanishing', () => {
    expect(t('en', 'narration.position', { index: 3 })).toBe('Event 3 of {count}');
  });

  it('picks plural forms by the language rules: one/other in English, one/few/many in Russian', async () => {
    expect(t('en', 'present.events', { count: 1 })).toBe('1 event');
    expect(t('en', 'present.events', { count: 7 })).toBe('7 events');
    await loadLanguage('ru');
    expect([1, 3, 5, 21, 22, 11].map((count) => t('ru', 'present.events', { count }))).toEqual(['1 событие', '3 события', '5 событий', '21 событие', '22 события', '11 событий']);
    await loadLanguage('fr');
    expect(t('fr', 'present.places', { count: 1 })).toBe('1 lieu');
    expect(t('fr', 'present.places', { count: 0 })).toBe('0 lieu');
    expect(t('fr', 'present.places', { count: 4 })).toBe('4 lieux');
  });

  it("writes numbers the language's way, and the map's words follow the language too", async () => {
    expect(t('en', 'present.events', { count: 50_000 })).toBe('50,000 events');
    await loadLanguage('de');
    expect(t('de', 'map.cluster', { count: 1_234 })).toBe('1.234 Orte: zum Vergrößern klicken');
    await loadLanguage('fr');
    expect(t('fr', 'present.events', { count: 50_000 })).toMatch(/^50\s000 /u);
    expect(t('fr', 'map.stopUnordered', { traveller: 'Amundsen', stop: '2,3' })).toBe('Amundsen : étape 2,3 (ordre entre ces étapes non précisé)');
  });

  it('speaks English for a language not loaded yet, and the loaded language afterwards', async () => {
    expect(isLanguageLoaded('es')).toBe(false);
    expect(t('es', 'controls.play')).toBe('Play');
    const pack = await loadLanguage('es');
    expect(pack.code).toBe('es');
    expect(languagePack('es')).toBe(pack);
    expect(t('es', 'controls.play')).toBe('Reproducir');
    expect(await loadLanguage('es')).toBe(pack);
  });
});
