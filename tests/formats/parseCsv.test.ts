import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formats/parseCsv';

describe('parseCsv', () => {
  it('splits rows and fields, with quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n')).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines']]);
  });

  it('keeps empty fields and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,,c\n,,')).toEqual([['a', '', 'c'], ['', '', '']]);
  });

  it('reads tab-separated text with the tab delimiter', () => {
    expect(parseCsv('a\tb\n1\t2', '\t')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('runs an unclosed quote to the end of the text instead of failing', () => {
    expect(parseCsv('a,"b\nc')).toEqual([['a', 'b\nc']]);
  });

  it('stops after maxRows rows, and reports the characters read as it goes', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `${i},x`).join('\n');
    const seen: [number, number][] = [];
    const rows = parseCsv(text, ',', { maxRows: 3, onProgress: (done, total) => seen.push([done, total]) });
    expect(rows).toEqual([['0', 'x'], ['1', 'x'], ['2', 'x']]);
    parseCsv(text, ',', { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every(([done, total]) => done <= total && total === text.length)).toBe(true);
  });
});
