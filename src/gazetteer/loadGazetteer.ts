import { readGazetteer } from '#gazetteer/readGazetteer';
import type { Gazetteer } from './types';

let loading: Promise<Gazetteer> | undefined;

/**
 * Loads the committed table on first use and indexes it once: in Node from geo/gazetteer.json and
 * geo/gazetteer-index.txt on disk (readGazetteer.node.ts), in the browser from a lazily loaded
 * Vite chunk (readGazetteer.ts).
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= readGazetteer();
  return loading;
}
