import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../src/gazetteer/normalizeName';
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

  it("counts a word after an elided French or Italian article as capitalised (\"d'Orsay\", \"nell'Arno\"), not a plain \"d'you\"", () => {
    const caps = tokenize("Quai d'Orsay, nell'Arno, d'you", [{ start: 0, end: 30 }]).map((t) => [t.text, t.cap]);
    expect(caps).toEqual([['Quai', true], ["d'Orsay", true], ["nell'Arno", true], ["d'you", false]]);
  });

  it('gives no tokens for text without words', () => {
    expect(words(' — , . ')).toEqual([]);
  });

  it('gives each word the normalised form normalizeName gives it', () => {
    const text = "St. Louis, Mt. Hood and Ft. Worth; Platte Co. and Twp. ST PT co. São Paulo's Zürich O'Hare U.S. 3rd 1990s ǅemal İzmir Washington WASHINGTON the of and Ste. Sainte-Foy";
    expect(tokenize(text, [{ start: 0, end: text.length }]).filter((t) => t.norm !== normalizeName(t.text))).toEqual([]);
  });

  it('normalizeName only lower-cases a word of four or more letters A-Z (the form tokenize takes without it)', () => {
    const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => /^[a-z]{4,}$/.test(w));
    const variants = words.flatMap((w) => [w, w.toUpperCase(), `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`]);
    expect(variants.length).toBeGreaterThan(100_000);
    expect(variants.filter((w) => normalizeName(w) !== w.toLowerCase())).toEqual([]);
  });

  it('gives a number its normalised form, as normalizeName would', () => {
    const numbers = tokenize('2020 10:35 3/4/2021 0012 ² 7', [{ start: 0, end: 28 }]);
    expect(numbers.map((t) => t.norm)).toEqual(numbers.map((t) => normalizeName(t.text)));
  });
});
