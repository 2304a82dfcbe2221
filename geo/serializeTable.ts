import type { GazetteerTable } from '../src/gazetteer/types';

/** The committed text of a table: one row a line, so a change reads as a small diff. */
export function serializeTable(table: GazetteerTable): string {
  const head = JSON.stringify({ format: table.format, kinds: table.kinds, commonWords: table.commonWords, weakNames: table.weakNames });
  const rows = table.rows.map((r) => JSON.stringify(r)).join(',\n');
  return `${head.slice(0, -1)},"rows":[\n${rows}\n]}\n`;
}
