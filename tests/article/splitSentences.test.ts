import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/splitSentences';

const split = (t: string): string[] => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, keeping closing quotes', () => {
    expect(split('He left. "Why?" she asked! Then silence.')).toEqual(['He left.', '"Why?" she asked!', 'Then silence.']);
  });

  it('does not split after titles, initials or U.S.', () => {
    expect(split('Mr. Smith met Dr. Jones. John F. Kennedy spoke.')).toEqual(['Mr. Smith met Dr. Jones.', 'John F. Kennedy spoke.']);
    expect(split('The U.S. said it would act.')).toEqual(['The U.S. said it would act.']);
  });

  it('keeps offsets into the original text and ignores trailing space', () => {
    const t = '  One.   Two.  ';
    expect(splitSentences(t)).toEqual([{ start: 2, end: 6 }, { start: 9, end: 13 }]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
