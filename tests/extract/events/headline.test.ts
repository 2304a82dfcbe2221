import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/extract/events/headline';
import { shorten } from '../../../src/extract/events/shorten';

describe('headline', () => {
  it('names the actor by surname instead of a title run and drops a relative date', () => {
    const s = 'United States Secretary of State Mike Pompeo urged Kazakhstan yesterday to join Washington.';
    const at = s.indexOf('yesterday');
    expect(headline(s, { actor: 'Mike Pompeo', times: [{ start: at, end: at + 9 }] })).toBe('Pompeo urged Kazakhstan to join Washington');
  });

  it('drops "on" with a weekday and keeps the rest of the sentence readable', () => {
    const s = 'The mayor of Leeds opened the bridge on Monday after two years of work.';
    const at = s.indexOf('Monday');
    expect(headline(s, { times: [{ start: at, end: at + 6 }] })).toBe('The mayor of Leeds opened the bridge after two years of work');
  });

  it("leaves no liveblog stamp's dash and no empty range behind when it drops the times, and starts with a capital", () => {
    const post = '10:42 GMT — The plane landed in Erbil.';
    expect(headline(post, { times: [{ start: 0, end: 9 }] })).toBe('The plane landed in Erbil');
    const range = 'On her first voyage, between 1826 and 1830, she carried the crew home.';
    const a = range.indexOf('1826');
    const b = range.indexOf('1830');
    expect(headline(range, { times: [{ start: a, end: a + 4 }, { start: b, end: b + 4 }] })).toBe('On her first voyage, she carried the crew home');
    const lower = 'In 1834 the ship passed the cape.';
    expect(headline(lower, { times: [{ start: 3, end: 7 }] })).toBe('The ship passed the cape');
  });

  it('turns a quotation with its attribution into "Surname: “quote”"', () => {
    expect(headline('"We discussed trade and security," Mr Pompeo said.', { actor: 'Mike Pompeo' })).toBe('Pompeo: “We discussed trade and security”');
  });

  it('turns the end of a quotation begun earlier into a quote, with or without a known speaker', () => {
    expect(headline('We ask simply for them to provide refuge," he added.', { actor: 'Mike Pompeo' })).toBe('Pompeo: “We ask simply for them to provide refuge”');
    expect(headline('We ask simply for them to provide refuge," he added.')).toBe('“We ask simply for them to provide refuge”');
  });

  it('reads "X said he has met" as "X has met", and other reported speech as "X: …"', () => {
    expect(headline('Mr Pompeo said on Twitter that he has met families of detainees.', { actor: 'Mike Pompeo' })).toBe('Pompeo has met families of detainees');
    expect(headline('Mr Pompeo said that Washington is helping Kazakhstan.', { actor: 'Mike Pompeo' })).toBe('Pompeo: Washington is helping Kazakhstan');
  });

  it('replaces a leading pronoun with the actor', () => {
    expect(headline('He has also praised Kazakhstan for its asylum policy.', { actor: 'Mike Pompeo' })).toBe('Pompeo has also praised Kazakhstan for its asylum policy');
  });

  it('drops a non-restrictive aside after the subject, with commas or dashes', () => {
    expect(headline('Mr Tleuberdi, whose government has avoided criticism, made no comment.', { actor: 'Mukhtar Tleuberdi' })).toBe('Tleuberdi made no comment');
    expect(headline('Both the US and China - which are caught up in a dispute - are major investors.')).toBe('Both the US and China are major investors');
  });

  it('cuts at the first clause boundary when the first clause stands alone', () => {
    expect(headline('Ships began moving through the Suez Canal again, after salvage teams freed the vessel that had blocked it for six days.')).toBe(
      'Ships began moving through the Suez Canal again',
    );
  });

  it('leaves a sentence whose actor is not its subject alone, apart from length', () => {
    const s = 'Officials in Cairo said the talks with Mike Pompeo had gone well.';
    expect(headline(s, { actor: 'Mike Pompeo' })).toBe('Officials in Cairo said the talks with Mike Pompeo had gone well');
  });
});

describe('shorten', () => {
  it('cuts a long sentence at a word boundary with an ellipsis and strips quotation marks', () => {
    const out = shorten(`"${'word '.repeat(40)}end."`, 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out.endsWith('…')).toBe(true);
    expect(out.startsWith('"')).toBe(false);
  });
});
