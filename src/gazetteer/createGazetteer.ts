import { assembleGazetteer } from './assembleGazetteer';
import { buildGazetteerIndex } from './buildGazetteerIndex';
import type { Gazetteer, GazetteerIndex, GazetteerTable } from './types';

/** A gazetteer over a table in memory, with its index given (geo:build wrote one) or built here (names, adjectives, first words, countries, regions). */
export function createGazetteer(table: GazetteerTable, index: GazetteerIndex = buildGazetteerIndex(table)): Gazetteer {
  const rows = table.rows;
  return assembleGazetteer(table, { count: rows.length, row: (i) => rows[i] ?? missingRow(i) }, index);
}

function missingRow(i: number): never {
  throw new RangeError(`The gazetteer table has no row ${i}.`);
}
