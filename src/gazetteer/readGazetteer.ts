import { createGazetteer } from './createGazetteer';
import { isGazetteerTable } from './isGazetteerTable';
import type { Gazetteer } from './types';

/**
 * Reads and indexes the committed table where there is no file system (the browser; package.json
 * maps `#gazetteer/readGazetteer` here): Vite puts the JSON in its own lazily loaded chunk.
 */
export async function readGazetteer(): Promise<Gazetteer> {
  const mod = (await import('../../geo/gazetteer.json')) as { default: unknown };
  if (!isGazetteerTable(mod.default)) throw new Error('geo/gazetteer.json is not a Dateline gazetteer table: run `npm run geo:build`.');
  return createGazetteer(mod.default);
}
