import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parseArticle';
import { findDate, readDateAt } from '../../src/article/readDate';
import { detectDate } from '../../src/author/detectDate';

describe('readDateAt and findDate: full dates as news pages print them', () => {
  it.each([
    ['May 6, 2024', '2024-05-06'],
    ['Sept. 3, 2020', '2020-09-03'],
    ['Monday, May 6, 2024', '2024-05-06'],
    ['6 May 2024', '2024-05-06'],
    ['Mon 6 May 2024', '2024-05-06'],
    ['6th May, 2024', '2024-05-06'],
    ['2024-05-06', '2024-05-06'],
    ['December 31 1999', '1999-12-31'],
  ])('%s → %s', (text, value) => {
    expect(readDateAt(text, 0)?.value).toBe(value);
  });

  it('reads nothing from a date without a year, an impossible day or a bare word', () => {
    for (const text of ['May 6', 'April 31, 2024', '2024-02-30', 'May the force', 'Monday', '13/05/2024']) expect(readDateAt(text, 0)).toBeNull();
  });

  it('finds the first full date inside a line, with its position', () => {
    expect(findDate('Posted by the desk on 3 February 2020, 10:00')).toEqual({ value: '2020-02-03', length: 15, start: 22 });
    expect(findDate('No date here at all.')).toBeNull();
  });
});

describe('parseArticle on a page pasted whole: headline, byline, date line, dateline', () => {
  const page = [
    'Flooding forces thousands from homes in southern Brazil',
    'By Ana Souza and Tom Reed',
    'Published May 6, 2024 10:32 AM EDT',
    'Updated May 7, 2024',
    '',
    'PORTO ALEGRE, Brazil (Reuters) — Rescue crews worked through the night on Sunday.',
    '',
    'The state said late yesterday that 83 people had died.',
  ].join('\n');

  it('takes the published date (not the update), the headline as title, and the dateline after the furniture', () => {
    const a = parseArticle(page);
    expect(a.published).toBe('2024-05-06');
    expect(a.title).toBe('Flooding forces thousands from homes in southern Brazil');
    expect(a.dateline?.place).toBe('PORTO ALEGRE, Brazil');
    expect(page.slice(a.dateline?.start, a.dateline?.end)).toBe('PORTO ALEGRE, Brazil');
    expect(page.slice(a.bodyStart, a.bodyStart + 12)).toBe('Rescue crews');
  });

  it('leaves the byline, the date lines and the dateline out of the sentences, and keeps the headline', () => {
    const sentences = parseArticle(page).sentences.map((s) => page.slice(s.start, s.end));
    expect(sentences).toEqual([
      'Flooding forces thousands from homes in southern Brazil',
      'Rescue crews worked through the night on Sunday.',
      'The state said late yesterday that 83 people had died.',
    ]);
  });

  it('a date given by the caller or a header wins over the page', () => {
    expect(parseArticle(page, { date: '2024-05-09' }).published).toBe('2024-05-09');
    expect(parseArticle(`date 2024-05-08\n${page}`).published).toBe('2024-05-08');
  });

  it('reads the date of a dated dateline, with or without a country, and ignores a dateline date with no year', () => {
    expect(parseArticle('PORTO ALEGRE, Brazil, May 6, 2024 — Rescue crews worked on.').published).toBe('2024-05-06');
    const paris = parseArticle('PARIS, 6 May 2024 (AFP) - Officials met on Tuesday.');
    expect([paris.published, paris.dateline?.place]).toEqual(['2024-05-06', 'PARIS']);
    const reuters = 'LONDON, May 6 (Reuters) - Shares fell.';
    expect(() => parseArticle(reuters)).toThrow(/publication date/);
    const withDate = parseArticle(reuters, { date: '2024-05-06' });
    expect(reuters.slice(withDate.bodyStart)).toBe('Shares fell.');
  });

  it('accepts the wire underscore after an agency ("NAIROBI, Kenya (AP) _")', () => {
    const text = 'NAIROBI, Kenya (AP) _ Rescuers dug through the rubble on Friday.';
    const a = parseArticle(text, { date: '1998-08-08' });
    expect(a.dateline?.place).toBe('NAIROBI, Kenya');
    expect(text.slice(a.bodyStart)).toBe('Rescuers dug through the rubble on Friday.');
  });

  it('does not take hard-wrapped prose for a headline, nor a sentence that mentions a date for a date line', () => {
    const wrapped = 'A Texas court on Wednesday exonerated four women convicted in the 1990s after\na judge found the evidence false.\n\nMore text.';
    const a = parseArticle(wrapped, { date: '2016-11-23' });
    expect(a.title).toMatch(/^A Texas court .* after a judge/);
    expect(a.sentences.map((s) => wrapped.slice(s.start, s.end))[0]).toContain('A Texas court');
    expect(() => parseArticle('Talks resumed on May 6, 2024 in Geneva.\nBoth sides met again.')).toThrow(/publication date/);
  });

  it('detectDate (the authoring view) reads the date from the opening furniture of a pasted page', () => {
    expect(detectDate(page)).toBe('2024-05-06');
    expect(detectDate('Just some text without any date.\nAnd more.')).toBeNull();
  });
});
