import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/places/tokenize';

const words = (text: string): string[] => tokenize(text, [{ start: 0, end: text.length }]).map((t) => t.text);

describe('tokenize', () => {
  it('drops a possessive and splits hyphens, so "China\'s" and "Nur-Sultan" match names', () => {
    expect(words("China's Nur-Sultan")).toEqual(['China', 'Nur', 'Sultan']);
  });

  it('keeps the dots of "U.S.", "St." and state abbreviations, not of a sentence end', () => {
    expect(words('The U.S. and St. Louis, Mo. saw rain.')).toEqual(['The', 'U.S.', 'and', 'St.', 'Louis', 'Mo.', 'saw', 'rain']);
  });

  it('marks capitals, all-capitals and the first word of each sentence', () => {
    const tokens = tokenize('NUR-SULTAN met Paris. Then rain.', [{ start: 0, end: 21 }, { start: 22, end: 32 }]);
    expect(tokens.map((t) => [t.text, t.cap, t.upper, t.sentenceStart])).toEqual([
      ['NUR', true, true, true],
      ['SULTAN', true, true, false],
      ['met', false, false, false],
      ['Paris', true, false, false],
      ['Then', true, false, true],
      ['rain', false, false, false],
    ]);
  });

  it('gives no tokens for text without words', () => {
    expect(words(' — , . ')).toEqual([]);
  });
});
