import { createGazetteer } from './createGazetteer';
import { isGazetteerTable } from './isGazetteerTable';
import type { Gazetteer } from './types';

let loading: Promise<Gazetteer> | undefined;

/**
 * Loads the committed table on first use (Vite puts the JSON in its own lazily loaded chunk;
 * Node, Vitest and tsx import it directly) and indexes it once.
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('../../geo/gazetteer.json').then((mod: { default: unknown }) => {
    if (!isGazetteerTable(mod.default)) throw new Error('geo/gazetteer.json is not a Dateline gazetteer table: run `npm run geo:build`.');
    return createGazetteer(mod.default);
  });
  return loading;
}
