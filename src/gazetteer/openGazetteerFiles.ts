import { assembleGazetteer } from './assembleGazetteer';
import { createGazetteer } from './createGazetteer';
import { isGazetteerTable } from './isGazetteerTable';
import { readGazetteerIndex } from './readGazetteerIndex';
import { tableLines } from './tableLines';
import { tableSha1 } from './tableSha1';
import type { Gazetteer } from './types';

/**
 * A gazetteer from the bytes of geo/gazetteer.json and of geo/gazetteer-index.txt:
 * rows read as lines when first needed and the prebuilt index, when the index was built from
 * exactly this table (same sha1); otherwise the whole table parsed and indexed here, and `warn` told.
 */
export function openGazetteerFiles(table: Buffer, index: Buffer, warn: (message: string) => void): Gazetteer {
  const file = readGazetteerIndex(index);
  const lines = file?.sha1 === tableSha1(table) ? tableLines(table) : undefined;
  if (file && lines?.rows.count === file.rows) return assembleGazetteer(lines.head, lines.rows, file.index);

  const parsed: unknown = JSON.parse(table.toString('utf8'));
  if (!isGazetteerTable(parsed)) throw new Error('geo/gazetteer.json is not a Dateline gazetteer table: run `npm run geo:build`.');
  warn('geo/gazetteer-index.txt is missing or was built from another geo/gazetteer.json, so the table was indexed at load (slower): run `npm run geo:build`.');
  return createGazetteer(parsed);
}
