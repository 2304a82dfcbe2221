import { readFile } from 'node:fs/promises';
import { openGazetteerFiles } from './openGazetteerFiles';
import type { Gazetteer } from './types';

const TABLE = new URL('../../geo/gazetteer.json', import.meta.url);
const INDEX = new URL('../../geo/gazetteer-index.txt', import.meta.url);

/**
 * Reads the committed table and its prebuilt index from disk in Node (package.json maps
 * `#gazetteer/readGazetteer` here under the "node" condition): no JSON module import, no
 * per-row work at load.
 */
export async function readGazetteer(): Promise<Gazetteer> {
  const [table, index] = await Promise.all([readFile(TABLE), readFile(INDEX).catch(() => Buffer.alloc(0))]);
  return openGazetteerFiles(table, index, (message) => process.emitWarning(message));
}
