import { describe, expect, it } from 'vitest';
import { serializeTable } from '../../geo/serializeTable';
import { tableLines } from '../../src/gazetteer/tableLines';
import { SMALL_TABLE } from './smallTable';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('tableLines', () => {
  it('reads the head and every row of a table as geo:build writes it, each row as JSON.parse would', () => {
    const lines = tableLines(bytes(serializeTable(SMALL_TABLE)));
    expect(lines?.head).toMatchObject({ kinds: SMALL_TABLE.kinds, commonWords: ['reading'], weakNames: ['georgia'] });
    expect(lines?.rows.count).toBe(SMALL_TABLE.rows.length);
    expect(Array.from({ length: lines?.rows.count ?? 0 }, (_, i) => lines?.rows.row(i))).toEqual(SMALL_TABLE.rows);
  });

  it('reads a table of no rows', () => {
    expect(tableLines(bytes(serializeTable({ ...SMALL_TABLE, rows: [] })))?.rows.count).toBe(0);
  });

  it('gives undefined for the same table laid out otherwise (pretty-printed, one line, CRLF line ends)', () => {
    expect(tableLines(bytes(JSON.stringify(SMALL_TABLE, null, 2)))).toBeUndefined();
    expect(tableLines(bytes(`${JSON.stringify(SMALL_TABLE)}\n`))).toBeUndefined();
    expect(tableLines(bytes(serializeTable(SMALL_TABLE).replace(/\n/g, '\r\n')))).toBeUndefined();
  });

  it('refuses a row it does not have', () => {
    const rows = tableLines(bytes(serializeTable(SMALL_TABLE)))?.rows;
    expect(() => rows?.row(SMALL_TABLE.rows.length)).toThrow(RangeError);
    expect(() => rows?.row(-1)).toThrow(RangeError);
  });
});
