import { isGazetteerTable } from './isGazetteerTable';
import { isTableRow } from './isTableRow';
import type { TableHead, TableRow, TableRows } from './types';

const NEWLINE = 0x0a;
const COMMA = 0x2c;

/**
 * The rows of a table file as geo/serializeTable.ts lays it out (the head and `"rows":[` on the
 * first line, then one row a line, then `]}`), each row parsed when first read: no JSON.parse of
 * the whole file. Undefined for a file laid out otherwise.
 */
export function tableLines(bytes: Buffer): { head: TableHead; rows: TableRows } | undefined {
  const starts: number[] = [];
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
  // Lines: the head, the rows, "]}", and nothing after the last line break.
  const first = starts[0];
  const closing = starts.at(-2);
  if (first === undefined || closing === undefined || starts.at(-1) !== bytes.length || bytes.toString('utf8', closing) !== ']}\n') return undefined;
  const head = parseOrUndefined(`${bytes.toString('utf8', 0, first - 1)}]}`);
  if (!isGazetteerTable(head)) return undefined;
  // No rows: the head line, one empty line, "]}".
  const count = starts.length === 3 && starts[1] === first + 1 ? 0 : starts.length - 2;
  const parse = (i: number): unknown => {
    const from = starts[i];
    const next = starts[i + 1];
    if (!Number.isInteger(i) || i < 0 || i >= count || from === undefined || next === undefined) throw new RangeError(`The gazetteer table has no row ${i}.`);
    // A row's line ends with "," and a line break, the last row's with the line break alone.
    return parseOrUndefined(bytes.toString('utf8', from, bytes[next - 2] === COMMA ? next - 2 : next - 1));
  };
  const row = (i: number): TableRow => {
    const value = parse(i);
    if (!isTableRow(value)) throw new Error(`Line ${i + 2} of the gazetteer table is not a row.`);
    return value;
  };
  if (count > 0 && !isTableRow(parse(0))) return undefined;
  return { head, rows: { count, row } };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
