import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/extract/times/findTimes';
import { scan } from '../../../src/extract/times/scan';
import { textHolds } from '../../../src/extract/times/textHolds';
import type { TimeContext } from '../../../src/extract/times/types';

const context = (text: string): TimeContext => ({ text, holds: textHolds(text), published: new Date(2020, 1, 3) });

describe('scan', () => {
  it('scan gives every match of the pattern when the text holds a word it needs', () => {
    const found = [...scan(context('The third quarter and the FOURTH QUARTER.'), /\b\w+ quarter\b/gi, ['quarter'])].map((m) => m[0]);
    expect(found).toEqual(['third quarter', 'FOURTH QUARTER']);
  });

  it('scan gives nothing, without running the pattern, when the text holds none of the words', () => {
    const never = { [Symbol.matchAll]: () => { throw new Error('scanned'); } } as unknown as RegExp;
    expect([...scan(context('Profit rose in March.'), never, ['quarter', 'half'])]).toEqual([]);
  });

  it('finders that look for their words first still read them in capitals', () => {
    const values = findTimes('FISCAL 1998 ended. Growth was fast in the 1990S and the 20TH CENTURY, three YEARS AGO, a week-LONG strike.', '2020-02-03').map((t) => [t.text, t.value]);
    expect(values).toEqual(expect.arrayContaining([['FISCAL 1998', '1998'], ['the 1990S', '199'], ['the 20TH CENTURY', '19'], ['three YEARS AGO', '2017'], ['week-LONG', 'P1W']]));
  });
});
