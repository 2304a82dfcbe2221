import { describe, expect, it } from 'vitest';
import { enMessages } from '../../src/i18n/en';
import { LANGUAGES } from '../../src/i18n/languages';
import { loadLanguage } from '../../src/i18n/loadLanguage';

const placeholders = (s: string): string[] => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

describe('the message catalogues', () => {
  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the keys of English, each a non-empty string with the same {parameters}`, async () => {
      const { code, messages, dateLocale } = await loadLanguage(lang);
      expect(code).toBe(lang);
      expect(dateLocale.code?.slice(0, 2)).toBe(lang);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(enMessages).sort());
      for (const [key, english] of Object.entries(enMessages)) {
        const text = (messages as Record<string, string>)[key] ?? '';
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
    });
  }

  it('every translation differs from English in its words (nothing left untranslated by mistake)', async () => {
    // Strings that are the same in some languages on purpose: numbers, patterns, shared words.
    const same = /^(controls\.position|when\.(century|timePattern|yearPattern|dayPattern|firstDayPattern|monthPattern)|timeline\.\w+Pattern|kind\.incident|controls\.pause|present\.pause|collection\.articles)$/;
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const { messages } = await loadLanguage(lang);
      const untranslated = Object.entries(enMessages).filter(([key, english]) => !same.test(key) && (messages as Record<string, string>)[key] === english).map(([key]) => key);
      expect(untranslated, lang).toEqual([]);
    }
  });
});
