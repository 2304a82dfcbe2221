import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle } from '../../src/article/parseArticle';

const seed = readFileSync(new URL('../../seeds/000_434d8e9a3390da3a.txt', import.meta.url), 'utf8');

describe('parseArticle', () => {
  it('reads the seed header: a leading space, the date, the dateline with its bullet, the body on the same line', () => {
    const a = parseArticle(seed);
    expect(a.published).toBe('2020-02-03');
    expect(a.dateline?.place).toBe('NUR-SULTAN');
    expect(seed.slice(a.dateline?.start, a.dateline?.end)).toBe('NUR-SULTAN');
    expect(seed.slice(a.bodyStart, a.bodyStart + 13)).toBe('United States');
  });

  it('splits the seed into its 15 paragraphs and keeps "Mr Pompeo" inside one sentence', () => {
    const a = parseArticle(seed);
    expect(a.paragraphs).toHaveLength(15);
    const texts = a.sentences.map((s) => seed.slice(s.start, s.end));
    expect(texts).toContain('Beijing also describes the detainees as students.');
    expect(texts.some((t) => t.startsWith('Pompeo'))).toBe(false);
    for (const s of a.sentences) expect(seed.slice(s.start, s.end)).toBe(seed.slice(s.start, s.end).trim());
  });

  it('takes plain text with the date given separately and finds no dateline in ordinary prose', () => {
    const a = parseArticle('The mayor of Springfield said on Monday that the bridge will reopen.', { date: '2021-06-09' });
    expect(a.published).toBe('2021-06-09');
    expect(a.dateline).toBeUndefined();
    expect(a.bodyStart).toBe(0);
    expect(a.sentences).toHaveLength(1);
  });

  it('recognises a wire-style dateline with a country and a dash', () => {
    const text = 'PARIS, France — Officials met on Tuesday.';
    const a = parseArticle(text, { date: '2021-06-09' });
    expect(a.dateline?.place).toBe('PARIS, France');
    expect(text.slice(a.bodyStart)).toBe('Officials met on Tuesday.');
  });

  it('does not mistake an opening acronym for a dateline', () => {
    const a = parseArticle('NATO leaders met in Brussels.', { date: '2021-06-09' });
    expect(a.dateline).toBeUndefined();
  });

  it('refuses an empty article, a missing date and a date that is not one, with messages a person can act on', () => {
    expect(() => parseArticle('   \n ')).toThrow(ArticleError);
    expect(() => parseArticle('   \n ')).toThrow(/empty/);
    expect(() => parseArticle('Some text.')).toThrow(/publication date/);
    expect(() => parseArticle('Some text.', { date: '2020-13-45' })).toThrow(/not a date/);
  });

  it('lets an explicit date override the header', () => {
    expect(parseArticle('date 2020-02-03 Text.', { date: '2020-01-01' }).published).toBe('2020-01-01');
  });
});

describe('parseArticle publication years', () => {
  it('refuses publication years the date arithmetic cannot represent', () => {
    expect(() => parseArticle('Text.', { date: '0001-06-01' })).toThrow(/1000 to 9998/);
    expect(() => parseArticle('Text.', { date: '9999-06-01' })).toThrow(/1000 to 9998/);
    expect(parseArticle('Text.', { date: '1066-10-14' }).published).toBe('1066-10-14');
  });
});
