import { describe, expect, it } from 'vitest';
import { narrowLine } from '../../src/cli/readJsonl';

describe('narrowLine', () => {
  it('reads {id, text, date} and keeps only the day of a timestamped date', () => {
    expect(narrowLine('{"id":"a1","text":"Hi.","date":"2020-02-03T10:00:00Z"}', 1)).toEqual({ id: 'a1', text: 'Hi.', date: '2020-02-03' });
  });

  it('accepts a numeric id and a TimeML-style dct', () => {
    expect(narrowLine('{"id":7,"text":"Hi.","dct":"1998-01-08"}', 3)).toEqual({ id: '7', text: 'Hi.', date: '1998-01-08' });
  });

  it('turns a line that is not JSON, not an object or has no text into an error naming the line', () => {
    expect(narrowLine('{oops', 4)).toEqual({ id: 'line 4', error: 'line 4: not valid JSON' });
    expect(narrowLine('[1,2]', 5)).toMatchObject({ error: 'line 5: "text" must be a string' });
    expect(narrowLine('"text"', 6)).toEqual({ id: 'line 6', error: 'line 6: not a JSON object' });
    expect(narrowLine('{"id":"x","text":42}', 7)).toEqual({ id: 'x', error: 'line 7: "text" must be a string' });
  });
});
