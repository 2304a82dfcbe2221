import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/article/parseArticle';

const SEED = 8;
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.array(fc.constantFrom('date 2020-02-03 ', 'NUR-SULTAN • ', 'WASHINGTON (Reuters) - ', '\n\n', '\r\n\r\n', '. ', 'Mr. Pompeo said. ', 'U.S. ', '“', '”', ' ', '\u202e', '\0', 'KYIV:', '…', 'a'), { maxLength: 200 }).map((xs) => xs.join('')),
);
const anyDate = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2020-02-30', '0000-00-00', '9999-12-31', '2020-13-01', ' 2020-02-03', '2020-02-03T00:00'),
);

describe('parseArticle on any input', () => {
  it('returns an Article or throws an ArticleError, never anything else (800 runs)', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyDate, { nil: undefined }), (text, date) => {
        let article;
        try {
          article = parseArticle(text, date === undefined ? {} : { date });
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleError);
          expect((e as Error).message.length).toBeGreaterThan(0);
          return;
        }
        expect(article.text).toBe(text);
        expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const r of [...article.paragraphs, ...article.sentences]) {
          expect(r.start).toBeGreaterThanOrEqual(article.bodyStart);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
        }
        if (article.dateline) expect(text.slice(article.dateline.start, article.dateline.end)).toBe(article.dateline.place);
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it('says the text is empty, not that the date is missing, for whitespace of any kind', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', '\u2028'), { maxLength: 50 }), (ws) => {
        expect(() => parseArticle(ws.join(''), { date: '2020-02-03' })).toThrow(/empty/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
