import type { GazetteerTable } from './types';

/** Narrows an imported value to a gazetteer table (checks the format and the shape of row 0). */
export function isGazetteerTable(value: unknown): value is GazetteerTable {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  if (t.format !== 'dateline-gazetteer/1' || !Array.isArray(t.rows) || !Array.isArray(t.kinds)) return false;
  if (!Array.isArray(t.commonWords) || !Array.isArray(t.weakNames)) return false;
  const first: unknown = t.rows[0];
  return t.rows.length === 0 || (Array.isArray(first) && first.length === 12 && typeof first[0] === 'string');
}
