import type { PlaceEvalLine } from './evalTypes';

/** Narrows a parsed JSON line to a place eval line (text and toponyms with offsets). */
export function isPlaceEvalLine(value: unknown): value is PlaceEvalLine {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' || !Array.isArray(v.toponyms)) return false;
  if (v.split !== undefined && typeof v.split !== 'string') return false;
  if (v.unannotated !== undefined && !(Array.isArray(v.unannotated) && v.unannotated.every((k) => typeof k === 'string'))) return false;
  return v.toponyms.every((t: unknown) => {
    if (typeof t !== 'object' || t === null) return false;
    const r = t as Record<string, unknown>;
    return typeof r.start === 'number' && typeof r.end === 'number' && typeof r.lat === 'number' && typeof r.lon === 'number';
  });
}
