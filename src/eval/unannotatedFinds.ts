import type { PlaceFind } from '../extract/places/types';
import type { PlaceEvalLine } from './evalTypes';

/**
 * The finds of a line that its gold can judge: where the line says a kind of mention was not
 * annotated (`unannotated: ["demonym"]`: our own sets mark names only, while TR-News marks
 * "Turkish" as Turkey), a find of that kind that overlaps no gold toponym is neither right nor
 * wrong, so it is left out of the scores rather than counted as spurious.
 */
export function judgedFinds(line: PlaceEvalLine, finds: readonly PlaceFind[]): PlaceFind[] {
  const skip = new Set(line.unannotated ?? []);
  if (skip.size === 0) return [...finds];
  return finds.filter((f) => !skip.has(f.rule) || line.toponyms.some((g) => f.start < g.end && g.start < f.end));
}
