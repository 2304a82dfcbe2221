import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/parseArticle';
import { extractStory } from '../../src/extract/extractStory';
import { loadGazetteer } from '../../src/gazetteer/loadGazetteer';
import type { Gazetteer } from '../../src/gazetteer/types';
import { validateStory } from '../../src/story/validateStory';

const SEED = 8;
const PIECES = [
  'Pompeo', 'Mike Pompeo', 'President Tokayev', 'Xi Jinping', 'Jordan', 'Georgia', 'May', 'Britain', 'Kazakh', 'Chinese', 'Nur-Sultan',
  'Astana', 'Tashkent', 'Kyiv', 'Minsk', 'Washington', 'Beijing', 'Xinjiang', 'Central Asia', 'Paris', 'Texas', 'visited', 'flew to',
  'arrived in', 'left', 'met', 'said', 'travelled to', 'a trip that began with a stop in', 'before heading to', 'yesterday', 'late yesterday',
  'last week', 'on Monday', 'in 2019', 'next month', 'on February 3', 'the', 'of', 'and', 'in', 'to', 'from', ',', '.', '. ', '\n\n', '“', '”',
  '-', '(', ')', 'U.S.', 'Mr.', '\u202e', '<script>', '',
];
const article = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 120 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }) },
);
const withDateline = fc.tuple(fc.option(fc.constantFrom('NUR-SULTAN • ', 'KYIV (Reuters) - ', 'WASHINGTON: '), { nil: undefined }), article).map(([d, a]) => (d ?? '') + a);
const published = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2050-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

describe('extractStory with the real gazetteer on generated articles', () => {
  // Found a real bug with a wider date vocabulary ("February 29" → an invalid when, see findTimes.test.ts); kept to a modest vocabulary here.
  it('returns a story that validates, or throws an ArticleError (60 runs)', () => {
    fc.assert(
      fc.property(withDateline, published, (text, date) => {
        let story;
        try {
          story = extractStory(text, { gazetteer, date });
        } catch (e) {
          expect(e).toBeInstanceOf(ArticleError);
          return;
        }
        const r = validateStory(story);
        expect(r.ok ? 'valid' : r.errors).toBe('valid');
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);
});
