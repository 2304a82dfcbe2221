import { describe, expect, it } from 'vitest';
import { loadingText } from '../../src/app/loadingText';
import { LANGUAGES } from '../../src/i18n/languages';
import { loadLanguage } from '../../src/i18n/loadLanguage';

describe('loadingText', () => {
  it('fills the placeholders: "3.4 MB of 44.3 MB read"', async () => {
    await loadLanguage('fr');
    expect(loadingText('en', 'readOf', { loaded: '3.4 MB', total: '44.3 MB' })).toBe('3.4 MB of 44.3 MB read');
    expect(loadingText('fr', 'opening', { label: 'big' })).toBe('Ouverture de « big »…');
  });

  it('has every text in every language, with the same placeholders as English', async () => {
    for (const lang of LANGUAGES) await loadLanguage(lang);
    const keys = ['opening', 'readOf', 'read', 'checking', 'cancel', 'cancelled', 'cancelledHint'] as const;
    for (const lang of LANGUAGES) {
      for (const key of keys) {
        const holes = (s: string): string[] => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
        expect(holes(loadingText(lang, key)), `${lang} ${key}`).toEqual(holes(loadingText('en', key)));
        expect(loadingText(lang, key).length).toBeGreaterThan(0);
      }
    }
  });
});
