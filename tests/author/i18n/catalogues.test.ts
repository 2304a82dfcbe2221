import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { authorEn } from '../../../src/author/i18n/en';
import { authorMessages, loadAuthorLanguage } from '../../../src/author/i18n/loadAuthorLanguage';

const placeholders = (s: string): string[] => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
const pluralCategories = (s: string): string[] => (/^(zero|one|two|few|many|other):/.test(s) ? s.split('|').map((part) => part.slice(0, part.indexOf(':'))) : []);

describe('the authoring catalogues', () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the keys of English, each a non-empty string with the same {parameters}`, async () => {
      await loadAuthorLanguage(lang);
      const messages = authorMessages(lang) as Record<string, string>;
      expect(Object.keys(messages).sort()).toEqual(Object.keys(authorEn).sort());
      for (const [key, english] of Object.entries(authorEn)) {
        const text = messages[key] ?? '';
        expect(text.trim(), key).not.toBe('');
        // Every plural form must keep the parameters, not only the whole value.
        for (const form of text.split('|')) expect(placeholders(form), `${lang} ${key}`).toEqual(placeholders(english));
        if (pluralCategories(english).length > 0) expect(pluralCategories(text), key).toContain('other');
      }
    });
  }

  it('every translation differs from English (nothing left untranslated by mistake)', async () => {
    // The same in some languages on purpose: units, shared words, tab names German borrowed.
    const same = /^(file\.(megabytes|kilobytes)|panel\.(latitude|longitude)|tools\.date|placeKind\.continent|timeType\.DATE|tab\.(route|export))$/;
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      await loadAuthorLanguage(lang);
      const messages = authorMessages(lang) as Record<string, string>;
      const untranslated = Object.entries(authorEn).filter(([key, english]) => !same.test(key) && messages[key] === english).map(([key]) => key);
      expect(untranslated, lang).toEqual([]);
    }
  });

  it('uses the typographic quotes of each language, never English straight quotes, around a file name', async () => {
    const quotes = { fr: '«\u00a0{name}\u00a0»', de: '„{name}“', es: '«{name}»', ru: '«{name}»' } as const;
    for (const [lang, quoted] of Object.entries(quotes) as [keyof typeof quotes, string][]) {
      await loadAuthorLanguage(lang);
      expect(authorMessages(lang)['file.empty']).toContain(quoted);
      expect(Object.values(authorMessages(lang)).filter((s) => s.includes('"{name}"'))).toEqual([]);
    }
  });
});
